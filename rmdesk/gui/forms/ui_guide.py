# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QTextBrowser, QVBoxLayout)

class Ui_GuideDialog(object):
    def setupUi(self, GuideDialog):
        if not GuideDialog.objectName():
            GuideDialog.setObjectName(u"GuideDialog")
        GuideDialog.resize(760, 640)
        self.mainLayout = QVBoxLayout(GuideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.browser = QTextBrowser(GuideDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.mainLayout.addWidget(self.browser)

        self.buttonBox = QDialogButtonBox(GuideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(GuideDialog)
        self.buttonBox.rejected.connect(GuideDialog.reject)

        QMetaObject.connectSlotsByName(GuideDialog)
    # setupUi

    def retranslateUi(self, GuideDialog):
        GuideDialog.setWindowTitle(QCoreApplication.translate("GuideDialog", u"rmdesk User Guide", None))
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("GuideDialog", u"User guide", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

