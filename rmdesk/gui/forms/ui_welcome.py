# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        self.outer = QVBoxLayout(WelcomePage)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.card = QWidget(WelcomePage)
        self.card.setObjectName(u"card")
        self.card.setMaximumSize(QSize(560, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.card)
        self.title.setObjectName(u"title")

        self.cardLayout.addWidget(self.title)

        self.intro = QLabel(self.card)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.cardLayout.addWidget(self.intro)

        self.newButton = QPushButton(self.card)
        self.newButton.setObjectName(u"newButton")

        self.cardLayout.addWidget(self.newButton)

        self.openButton = QPushButton(self.card)
        self.openButton.setObjectName(u"openButton")

        self.cardLayout.addWidget(self.openButton)

        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")

        self.cardLayout.addWidget(self.demoButton)

        self.recentLabel = QLabel(self.card)
        self.recentLabel.setObjectName(u"recentLabel")

        self.cardLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(self.card)
        self.recentList.setObjectName(u"recentList")

        self.cardLayout.addWidget(self.recentList)


        self.outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.recentList)

        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.title.setText(QCoreApplication.translate("WelcomePage", u"Welcome to rmdesk", None))
        self.intro.setText(QCoreApplication.translate("WelcomePage", u"Run a reverse-mentoring program from one file: people, goals, pairs, meetings and evaluations. Your work is saved as you go.", None))
        self.newButton.setText(QCoreApplication.translate("WelcomePage", u"&New program file...", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"&Open a program file...", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Open the &demo program", None))
        self.recentLabel.setText(QCoreApplication.translate("WelcomePage", u"Recent files", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Recent files", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

