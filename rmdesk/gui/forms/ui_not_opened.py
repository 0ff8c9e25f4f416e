# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'not_opened.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NotOpenedDialog(object):
    def setupUi(self, NotOpenedDialog):
        if not NotOpenedDialog.objectName():
            NotOpenedDialog.setObjectName(u"NotOpenedDialog")
        self.mainLayout = QVBoxLayout(NotOpenedDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(NotOpenedDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.pathEdit = QLineEdit(NotOpenedDialog)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setReadOnly(True)

        self.mainLayout.addWidget(self.pathEdit)

        self.noteLabel = QLabel(NotOpenedDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.showFolderButton = QPushButton(NotOpenedDialog)
        self.showFolderButton.setObjectName(u"showFolderButton")
        self.showFolderButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.showFolderButton)

        self.copyPathButton = QPushButton(NotOpenedDialog)
        self.copyPathButton.setObjectName(u"copyPathButton")
        self.copyPathButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.copyPathButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(NotOpenedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.pathEdit, self.showFolderButton)
        QWidget.setTabOrder(self.showFolderButton, self.copyPathButton)

        self.retranslateUi(NotOpenedDialog)
        self.buttonBox.rejected.connect(NotOpenedDialog.reject)

        QMetaObject.connectSlotsByName(NotOpenedDialog)
    # setupUi

    def retranslateUi(self, NotOpenedDialog):
        NotOpenedDialog.setWindowTitle(QCoreApplication.translate("NotOpenedDialog", u"Report saved", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("NotOpenedDialog", u"Where the report is saved", None))
#endif // QT_CONFIG(accessibility)
        self.showFolderButton.setText(QCoreApplication.translate("NotOpenedDialog", u"Show &Folder", None))
        self.copyPathButton.setText(QCoreApplication.translate("NotOpenedDialog", u"&Copy Path", None))
    # retranslateUi

