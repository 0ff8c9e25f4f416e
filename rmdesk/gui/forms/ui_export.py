# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formatBox = QGroupBox(ExportDialog)
        self.formatBox.setObjectName(u"formatBox")
        self.formatLayout = QVBoxLayout(self.formatBox)
        self.formatLayout.setObjectName(u"formatLayout")
        self.xlsxRadio = QRadioButton(self.formatBox)
        self.xlsxRadio.setObjectName(u"xlsxRadio")
        self.xlsxRadio.setChecked(True)

        self.formatLayout.addWidget(self.xlsxRadio)

        self.csvRadio = QRadioButton(self.formatBox)
        self.csvRadio.setObjectName(u"csvRadio")

        self.formatLayout.addWidget(self.csvRadio)


        self.mainLayout.addWidget(self.formatBox)

        self.choicesLayout = QFormLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.whatLabel = QLabel(ExportDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.choicesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatCombo = QComboBox(ExportDialog)
        self.whatCombo.setObjectName(u"whatCombo")

        self.choicesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatCombo)


        self.mainLayout.addLayout(self.choicesLayout)

        self.anonymiseCheck = QCheckBox(ExportDialog)
        self.anonymiseCheck.setObjectName(u"anonymiseCheck")

        self.mainLayout.addWidget(self.anonymiseCheck)

        self.anonymiseNote = QLabel(ExportDialog)
        self.anonymiseNote.setObjectName(u"anonymiseNote")
        self.anonymiseNote.setWordWrap(True)
        self.anonymiseNote.setIndent(22)

        self.mainLayout.addWidget(self.anonymiseNote)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.whatLabel.setBuddy(self.whatCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.xlsxRadio, self.csvRadio)
        QWidget.setTabOrder(self.csvRadio, self.whatCombo)
        QWidget.setTabOrder(self.whatCombo, self.anonymiseCheck)

        self.retranslateUi(ExportDialog)
        self.buttonBox.accepted.connect(ExportDialog.accept)
        self.buttonBox.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"Write the file's lists to a spreadsheet: people, enrolments, pairs, goals, meetings and evaluations, with names to read and ids to match.", None))
        self.formatBox.setTitle(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.xlsxRadio.setText(QCoreApplication.translate("ExportDialog", u"&Excel workbook (.xlsx): a sheet per list", None))
        self.csvRadio.setText(QCoreApplication.translate("ExportDialog", u"C&SV (UTF-8): one file per list, named after the file you choose", None))
        self.whatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Lists:", None))
#if QT_CONFIG(accessibility)
        self.whatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Lists to export", None))
#endif // QT_CONFIG(accessibility)
        self.anonymiseCheck.setText(QCoreApplication.translate("ExportDialog", u"&Anonymise", None))
#if QT_CONFIG(tooltip)
        self.anonymiseCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"For people who must not see who is who, such as an outside evaluator", None))
#endif // QT_CONFIG(tooltip)
        self.anonymiseNote.setText(QCoreApplication.translate("ExportDialog", u"Names become pseudonyms (Participant 0042), the same for one person in every list; email, employee numbers, notes, comments and the matching's reasons are left out.", None))
    # retranslateUi

