# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'erase.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

class Ui_EraseDialog(object):
    def setupUi(self, EraseDialog):
        if not EraseDialog.objectName():
            EraseDialog.setObjectName(u"EraseDialog")
        EraseDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(EraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(EraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.whoBox = QGroupBox(EraseDialog)
        self.whoBox.setObjectName(u"whoBox")
        self.whoLayout = QGridLayout(self.whoBox)
        self.whoLayout.setObjectName(u"whoLayout")
        self.personRadio = QRadioButton(self.whoBox)
        self.personRadio.setObjectName(u"personRadio")
        self.personRadio.setChecked(True)

        self.whoLayout.addWidget(self.personRadio, 0, 0, 1, 1)

        self.personCombo = QComboBox(self.whoBox)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.whoLayout.addWidget(self.personCombo, 0, 1, 1, 1)

        self.retentionRadio = QRadioButton(self.whoBox)
        self.retentionRadio.setObjectName(u"retentionRadio")

        self.whoLayout.addWidget(self.retentionRadio, 1, 0, 1, 1)

        self.programCombo = QComboBox(self.whoBox)
        self.programCombo.setObjectName(u"programCombo")

        self.whoLayout.addWidget(self.programCombo, 1, 1, 1, 1)

        self.retentionNote = QLabel(self.whoBox)
        self.retentionNote.setObjectName(u"retentionNote")
        self.retentionNote.setWordWrap(True)

        self.whoLayout.addWidget(self.retentionNote, 2, 0, 1, 2)


        self.mainLayout.addWidget(self.whoBox)

        self.howBox = QGroupBox(EraseDialog)
        self.howBox.setObjectName(u"howBox")
        self.howLayout = QVBoxLayout(self.howBox)
        self.howLayout.setObjectName(u"howLayout")
        self.eraseRadio = QRadioButton(self.howBox)
        self.eraseRadio.setObjectName(u"eraseRadio")
        self.eraseRadio.setChecked(True)

        self.howLayout.addWidget(self.eraseRadio)

        self.anonymiseRadio = QRadioButton(self.howBox)
        self.anonymiseRadio.setObjectName(u"anonymiseRadio")

        self.howLayout.addWidget(self.anonymiseRadio)


        self.mainLayout.addWidget(self.howBox)

        self.planLabel = QLabel(EraseDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.mainLayout.addWidget(self.planLabel)

        self.planText = QPlainTextEdit(EraseDialog)
        self.planText.setObjectName(u"planText")
        self.planText.setMinimumSize(QSize(0, 80))
        self.planText.setReadOnly(True)

        self.mainLayout.addWidget(self.planText)

        self.confirmRow = QHBoxLayout()
        self.confirmRow.setObjectName(u"confirmRow")
        self.confirmLabel = QLabel(EraseDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.confirmRow.addWidget(self.confirmLabel)

        self.confirmEdit = QLineEdit(EraseDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")

        self.confirmRow.addWidget(self.confirmEdit)


        self.mainLayout.addLayout(self.confirmRow)

        self.warningLabel = QLabel(EraseDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.buttonBox = QDialogButtonBox(EraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planText)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personRadio, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.retentionRadio)
        QWidget.setTabOrder(self.retentionRadio, self.programCombo)
        QWidget.setTabOrder(self.programCombo, self.eraseRadio)
        QWidget.setTabOrder(self.eraseRadio, self.anonymiseRadio)
        QWidget.setTabOrder(self.anonymiseRadio, self.planText)
        QWidget.setTabOrder(self.planText, self.confirmEdit)

        self.retranslateUi(EraseDialog)
        self.buttonBox.rejected.connect(EraseDialog.reject)

        QMetaObject.connectSlotsByName(EraseDialog)
    # setupUi

    def retranslateUi(self, EraseDialog):
        EraseDialog.setWindowTitle(QCoreApplication.translate("EraseDialog", u"Erase People", None))
        self.introLabel.setText(QCoreApplication.translate("EraseDialog", u"Erasing removes a person and every trace of them: their pairs with the goals, meetings and evaluations, their never-pair entries, and what the change log and the file's snapshots hold about them. Use it when someone asks for their data to be deleted, or when the retention period has passed. To keep their history, archive them instead.", None))
        self.whoBox.setTitle(QCoreApplication.translate("EraseDialog", u"Who", None))
        self.personRadio.setText(QCoreApplication.translate("EraseDialog", u"&One person:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("EraseDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.retentionRadio.setText(QCoreApplication.translate("EraseDialog", u"&People of a closed program past its retention period:", None))
#if QT_CONFIG(accessibility)
        self.programCombo.setAccessibleName(QCoreApplication.translate("EraseDialog", u"Program past its retention period", None))
#endif // QT_CONFIG(accessibility)
        self.howBox.setTitle(QCoreApplication.translate("EraseDialog", u"How", None))
        self.eraseRadio.setText(QCoreApplication.translate("EraseDialog", u"&Erase: remove them and every trace of them", None))
        self.anonymiseRadio.setText(QCoreApplication.translate("EraseDialog", u"&Anonymise: keep the figures, replace the name by a pseudonym, empty the email, employee number and notes", None))
        self.planLabel.setText(QCoreApplication.translate("EraseDialog", u"What goes:", None))
#if QT_CONFIG(accessibility)
        self.planText.setAccessibleName(QCoreApplication.translate("EraseDialog", u"What goes", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("EraseDialog", u"&Type the name or ERASE to confirm:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("EraseDialog", u"Confirmation", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("EraseDialog", u"This cannot be undone: no undo, no snapshot and no restore brings them back.", None))
    # retranslateUi

