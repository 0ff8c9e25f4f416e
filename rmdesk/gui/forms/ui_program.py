# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from rmdesk.gui.widgets.date_field import DateField

class Ui_ProgramDialog(object):
    def setupUi(self, ProgramDialog):
        if not ProgramDialog.objectName():
            ProgramDialog.setObjectName(u"ProgramDialog")
        self.mainLayout = QVBoxLayout(ProgramDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ProgramDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProgramDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.objectiveLabel = QLabel(ProgramDialog)
        self.objectiveLabel.setObjectName(u"objectiveLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.objectiveLabel)

        self.objectiveEdit = QPlainTextEdit(ProgramDialog)
        self.objectiveEdit.setObjectName(u"objectiveEdit")
        self.objectiveEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.objectiveEdit)

        self.startLabel = QLabel(ProgramDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = DateField(ProgramDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endLabel = QLabel(ProgramDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDateEdit = DateField(ProgramDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.cadenceLabel = QLabel(ProgramDialog)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceSpin = QSpinBox(ProgramDialog)
        self.cadenceSpin.setObjectName(u"cadenceSpin")
        self.cadenceSpin.setMaximum(400)
        self.cadenceSpin.setValue(28)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cadenceSpin)

        self.graceLabel = QLabel(ProgramDialog)
        self.graceLabel.setObjectName(u"graceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.graceLabel)

        self.graceSpin = QSpinBox(ProgramDialog)
        self.graceSpin.setObjectName(u"graceSpin")
        self.graceSpin.setMaximum(120)
        self.graceSpin.setValue(7)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.graceSpin)

        self.capacityLabel = QLabel(ProgramDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(ProgramDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMaximum(20)
        self.capacitySpin.setValue(1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.statusLabel = QLabel(ProgramDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(ProgramDialog)
        self.statusValue.setObjectName(u"statusValue")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.topicsLabel = QLabel(ProgramDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsEdit = QPlainTextEdit(ProgramDialog)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.topicsEdit)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ProgramDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.objectiveLabel.setBuddy(self.objectiveEdit)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.cadenceLabel.setBuddy(self.cadenceSpin)
        self.graceLabel.setBuddy(self.graceSpin)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.topicsLabel.setBuddy(self.topicsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.objectiveEdit)
        QWidget.setTabOrder(self.objectiveEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.cadenceSpin)
        QWidget.setTabOrder(self.cadenceSpin, self.graceSpin)
        QWidget.setTabOrder(self.graceSpin, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.topicsEdit)

        self.retranslateUi(ProgramDialog)
        self.buttonBox.rejected.connect(ProgramDialog.reject)

        QMetaObject.connectSlotsByName(ProgramDialog)
    # setupUi

    def retranslateUi(self, ProgramDialog):
        ProgramDialog.setWindowTitle(QCoreApplication.translate("ProgramDialog", u"Program settings", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Name:", None))
        self.objectiveLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Objective:", None))
        self.startLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Starts:", None))
        self.startDateEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"Not set", None))
        self.endLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Ends:", None))
        self.endDateEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"Not set", None))
        self.cadenceLabel.setText(QCoreApplication.translate("ProgramDialog", u"Meet &every:", None))
        self.cadenceSpin.setSuffix(QCoreApplication.translate("ProgramDialog", u" days", None))
        self.graceLabel.setText(QCoreApplication.translate("ProgramDialog", u"&Grace before an alert:", None))
        self.graceSpin.setSuffix(QCoreApplication.translate("ProgramDialog", u" days", None))
        self.capacityLabel.setText(QCoreApplication.translate("ProgramDialog", u"Mentees per &mentor:", None))
        self.statusLabel.setText(QCoreApplication.translate("ProgramDialog", u"Status:", None))
        self.statusValue.setText(QCoreApplication.translate("ProgramDialog", u"Planned", None))
#if QT_CONFIG(tooltip)
        self.statusValue.setToolTip(QCoreApplication.translate("ProgramDialog", u"Program > Start Program, Close Program and Reopen Program move a program on", None))
#endif // QT_CONFIG(tooltip)
        self.topicsLabel.setText(QCoreApplication.translate("ProgramDialog", u"To&pics:", None))
        self.topicsEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"One topic per line", None))
    # retranslateUi

