# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(600, 560)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headRow = QHBoxLayout()
        self.headRow.setSpacing(16)
        self.headRow.setObjectName(u"headRow")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headRow.addWidget(self.iconLabel)

        self.headText = QVBoxLayout()
        self.headText.setObjectName(u"headText")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headText.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.headText.addWidget(self.descriptionLabel)

        self.versionsLabel = QLabel(AboutDialog)
        self.versionsLabel.setObjectName(u"versionsLabel")
        self.versionsLabel.setWordWrap(True)
        self.versionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headText.addWidget(self.versionsLabel)


        self.headRow.addLayout(self.headText)

        self.headRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.headRow)

        self.licencesLabel = QLabel(AboutDialog)
        self.licencesLabel.setObjectName(u"licencesLabel")
        self.licencesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.licencesLabel)

        self.licencesBrowser = QTextBrowser(AboutDialog)
        self.licencesBrowser.setObjectName(u"licencesBrowser")
        self.licencesBrowser.setOpenExternalLinks(True)

        self.mainLayout.addWidget(self.licencesBrowser)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About rmdesk", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Runs a company's reverse-mentoring program from one local file: people, pairs, goals, meetings, evaluations and reports. Nothing is sent over the network.", None))
        self.licencesLabel.setText(QCoreApplication.translate("AboutDialog", u"rmdesk is free software under the MIT licence. It is built with, and ships, these libraries and fonts:", None))
#if QT_CONFIG(accessibility)
        self.licencesBrowser.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Libraries and fonts with their licences", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

