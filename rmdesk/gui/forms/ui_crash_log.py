# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_log.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_CrashLogDialog(object):
    def setupUi(self, CrashLogDialog):
        if not CrashLogDialog.objectName():
            CrashLogDialog.setObjectName(u"CrashLogDialog")
        CrashLogDialog.resize(700, 520)
        self.mainLayout = QVBoxLayout(CrashLogDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(CrashLogDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.logView = QPlainTextEdit(CrashLogDialog)
        self.logView.setObjectName(u"logView")
        self.logView.setReadOnly(True)
        self.logView.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.mainLayout.addWidget(self.logView)

        self.buttonBox = QDialogButtonBox(CrashLogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CrashLogDialog)
        self.buttonBox.rejected.connect(CrashLogDialog.reject)

        QMetaObject.connectSlotsByName(CrashLogDialog)
    # setupUi

    def retranslateUi(self, CrashLogDialog):
        CrashLogDialog.setWindowTitle(QCoreApplication.translate("CrashLogDialog", u"Crash Log", None))
#if QT_CONFIG(accessibility)
        self.logView.setAccessibleName(QCoreApplication.translate("CrashLogDialog", u"Crash log", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

