# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from rmdesk.gui.widgets.date_field import DateField

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        self.mainLayout = QVBoxLayout(GoalDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pairLabel = QLabel(GoalDialog)
        self.pairLabel.setObjectName(u"pairLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pairLabel)

        self.pairCombo = QComboBox(GoalDialog)
        self.pairCombo.setObjectName(u"pairCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pairCombo)

        self.templateLabel = QLabel(GoalDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(GoalDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.topicLabel = QLabel(GoalDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(GoalDialog)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.specificLabel = QLabel(GoalDialog)
        self.specificLabel.setObjectName(u"specificLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.specificLabel)

        self.specificEdit = QPlainTextEdit(GoalDialog)
        self.specificEdit.setObjectName(u"specificEdit")
        self.specificEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.specificEdit)

        self.measureLabel = QLabel(GoalDialog)
        self.measureLabel.setObjectName(u"measureLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measureEdit = QPlainTextEdit(GoalDialog)
        self.measureEdit.setObjectName(u"measureEdit")
        self.measureEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.measureEdit)

        self.targetLabel = QLabel(GoalDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetDateEdit = DateField(GoalDialog)
        self.targetDateEdit.setObjectName(u"targetDateEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.targetDateEdit)

        self.statusLabel = QLabel(GoalDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(GoalDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.progressLabel = QLabel(GoalDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressSpin = QSpinBox(GoalDialog)
        self.progressSpin.setObjectName(u"progressSpin")
        self.progressSpin.setMaximum(100)
        self.progressSpin.setSingleStep(10)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.progressSpin)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(GoalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairLabel.setBuddy(self.pairCombo)
        self.templateLabel.setBuddy(self.templateCombo)
        self.topicLabel.setBuddy(self.topicCombo)
        self.specificLabel.setBuddy(self.specificEdit)
        self.measureLabel.setBuddy(self.measureEdit)
        self.targetLabel.setBuddy(self.targetDateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.progressLabel.setBuddy(self.progressSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairCombo, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.specificEdit)
        QWidget.setTabOrder(self.specificEdit, self.measureEdit)
        QWidget.setTabOrder(self.measureEdit, self.targetDateEdit)
        QWidget.setTabOrder(self.targetDateEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.progressSpin)

        self.retranslateUi(GoalDialog)
        self.buttonBox.rejected.connect(GoalDialog.reject)

        QMetaObject.connectSlotsByName(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Goal", None))
        self.pairLabel.setText(QCoreApplication.translate("GoalDialog", u"&Pair:", None))
        self.templateLabel.setText(QCoreApplication.translate("GoalDialog", u"Start from &template:", None))
        self.topicLabel.setText(QCoreApplication.translate("GoalDialog", u"T&opic:", None))
        self.specificLabel.setText(QCoreApplication.translate("GoalDialog", u"&What (specific):", None))
        self.measureLabel.setText(QCoreApplication.translate("GoalDialog", u"&Measure of success:", None))
        self.targetLabel.setText(QCoreApplication.translate("GoalDialog", u"Target &date:", None))
        self.targetDateEdit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"Not set", None))
        self.statusLabel.setText(QCoreApplication.translate("GoalDialog", u"&Status:", None))
        self.progressLabel.setText(QCoreApplication.translate("GoalDialog", u"P&rogress:", None))
        self.progressSpin.setSuffix(QCoreApplication.translate("GoalDialog", u" %", None))
    # retranslateUi

