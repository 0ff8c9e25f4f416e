# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(PassphraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.encryptCheck = QCheckBox(PassphraseDialog)
        self.encryptCheck.setObjectName(u"encryptCheck")
        self.encryptCheck.setChecked(True)

        self.mainLayout.addWidget(self.encryptCheck)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.currentLabel = QLabel(PassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentLayout = QVBoxLayout()
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentEdit = QLineEdit(PassphraseDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.currentLayout.addWidget(self.currentEdit)

        self.currentError = QLabel(PassphraseDialog)
        self.currentError.setObjectName(u"currentError")
        self.currentError.setWordWrap(True)

        self.currentLayout.addWidget(self.currentError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.currentLayout)

        self.newLabel = QLabel(PassphraseDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PassphraseDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.strengthTitle = QLabel(PassphraseDialog)
        self.strengthTitle.setObjectName(u"strengthTitle")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthTitle)

        self.strengthLayout = QVBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(PassphraseDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(PassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.strengthLayout.addWidget(self.strengthLabel)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strengthLayout)

        self.repeatLabel = QLabel(PassphraseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PassphraseDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.showCheck = QCheckBox(PassphraseDialog)
        self.showCheck.setObjectName(u"showCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.showCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.warningLabel = QLabel(PassphraseDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.bodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bodySpacer)

        self.messageLabel = QLabel(PassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.encryptCheck, self.currentEdit)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.showCheck)

        self.retranslateUi(PassphraseDialog)
        self.buttonBox.accepted.connect(PassphraseDialog.accept)
        self.buttonBox.rejected.connect(PassphraseDialog.reject)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
        self.encryptCheck.setText(QCoreApplication.translate("PassphraseDialog", u"&Protect this file with a passphrase (recommended)", None))
        self.currentLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Current passphrase:", None))
#if QT_CONFIG(accessibility)
        self.currentEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&New passphrase:", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strengthTitle.setText(QCoreApplication.translate("PassphraseDialog", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Type it again:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.showCheck.setText(QCoreApplication.translate("PassphraseDialog", u"&Show what I type", None))
    # retranslateUi

