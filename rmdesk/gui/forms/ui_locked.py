# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'locked.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockedPage(object):
    def setupUi(self, LockedPage):
        if not LockedPage.objectName():
            LockedPage.setObjectName(u"LockedPage")
        self.outer = QVBoxLayout(LockedPage)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middle.addItem(self.leftSpacer)

        self.card = QWidget(LockedPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(480, 0))
        self.card.setMaximumSize(QSize(560, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.card)
        self.title.setObjectName(u"title")

        self.cardLayout.addWidget(self.title)

        self.message = QLabel(self.card)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.cardLayout.addWidget(self.message)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")

        self.cardLayout.addWidget(self.unlockButton)

        self.closeButton = QPushButton(self.card)
        self.closeButton.setObjectName(u"closeButton")

        self.cardLayout.addWidget(self.closeButton)


        self.middle.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middle.addItem(self.rightSpacer)


        self.outer.addLayout(self.middle)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)


        self.retranslateUi(LockedPage)

        QMetaObject.connectSlotsByName(LockedPage)
    # setupUi

    def retranslateUi(self, LockedPage):
        self.title.setText(QCoreApplication.translate("LockedPage", u"Locked", None))
        self.unlockButton.setText(QCoreApplication.translate("LockedPage", u"&Unlock...", None))
        self.closeButton.setText(QCoreApplication.translate("LockedPage", u"&Close the File", None))
        pass
    # retranslateUi

