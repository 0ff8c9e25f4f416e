# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from rmdesk.gui.widgets.date_field import DateField

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pairLabel = QLabel(MeetingDialog)
        self.pairLabel.setObjectName(u"pairLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pairLabel)

        self.pairCombo = QComboBox(MeetingDialog)
        self.pairCombo.setObjectName(u"pairCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pairCombo)

        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setRequired(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.durationLabel = QLabel(MeetingDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(MeetingDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.modeLabel = QLabel(MeetingDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(MeetingDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.topicsLabel = QLabel(MeetingDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsList = QListWidget(MeetingDialog)
        self.topicsList.setObjectName(u"topicsList")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topicsList)

        self.goalsLabel = QLabel(MeetingDialog)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsList = QListWidget(MeetingDialog)
        self.goalsList.setObjectName(u"goalsList")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.goalsList)

        self.notesLabel = QLabel(MeetingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MeetingDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairLabel.setBuddy(self.pairCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.modeLabel.setBuddy(self.modeCombo)
        self.topicsLabel.setBuddy(self.topicsList)
        self.goalsLabel.setBuddy(self.goalsList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.topicsList)
        QWidget.setTabOrder(self.topicsList, self.goalsList)
        QWidget.setTabOrder(self.goalsList, self.notesEdit)

        self.retranslateUi(MeetingDialog)
        self.buttonBox.rejected.connect(MeetingDialog.reject)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.pairLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Pair:", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"yyyy-mm-dd", None))
        self.durationLabel.setText(QCoreApplication.translate("MeetingDialog", u"D&uration:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("MeetingDialog", u" min", None))
        self.modeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Mode:", None))
        self.topicsLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Topics covered:", None))
#if QT_CONFIG(accessibility)
        self.topicsList.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Topics covered", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Goals worked on:", None))
#if QT_CONFIG(accessibility)
        self.goalsList.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Goals worked on", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Notes:", None))
    # retranslateUi

