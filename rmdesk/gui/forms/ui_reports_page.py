# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from rmdesk.gui.widgets.date_field import DateField

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.mainLayout = QVBoxLayout(ReportsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.programRadio = QRadioButton(ReportsPage)
        self.programRadio.setObjectName(u"programRadio")
        self.programRadio.setChecked(True)

        self.mainLayout.addWidget(self.programRadio)

        self.pairsRadio = QRadioButton(ReportsPage)
        self.pairsRadio.setObjectName(u"pairsRadio")

        self.mainLayout.addWidget(self.pairsRadio)

        self.pairsList = QListWidget(ReportsPage)
        self.pairsList.setObjectName(u"pairsList")

        self.mainLayout.addWidget(self.pairsList)

        self.asOfRow = QHBoxLayout()
        self.asOfRow.setObjectName(u"asOfRow")
        self.asOfLabel = QLabel(ReportsPage)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.asOfRow.addWidget(self.asOfLabel)

        self.asOfEdit = DateField(ReportsPage)
        self.asOfEdit.setObjectName(u"asOfEdit")

        self.asOfRow.addWidget(self.asOfEdit)

        self.asOfSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.asOfRow.addItem(self.asOfSpacer)


        self.mainLayout.addLayout(self.asOfRow)

        self.optionsRow = QHBoxLayout()
        self.optionsRow.setObjectName(u"optionsRow")
        self.paperLabel = QLabel(ReportsPage)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsRow.addWidget(self.paperLabel)

        self.paperCombo = QComboBox(ReportsPage)
        self.paperCombo.setObjectName(u"paperCombo")

        self.optionsRow.addWidget(self.paperCombo)

        self.openCheck = QCheckBox(ReportsPage)
        self.openCheck.setObjectName(u"openCheck")
        self.openCheck.setChecked(True)

        self.optionsRow.addWidget(self.openCheck)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsRow.addItem(self.optionsSpacer)

        self.allButton = QPushButton(ReportsPage)
        self.allButton.setObjectName(u"allButton")

        self.optionsRow.addWidget(self.allButton)

        self.exportButton = QPushButton(ReportsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.optionsRow.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.optionsRow)

        self.statusLabel = QLabel(ReportsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programRadio, self.pairsRadio)
        QWidget.setTabOrder(self.pairsRadio, self.pairsList)
        QWidget.setTabOrder(self.pairsList, self.asOfEdit)
        QWidget.setTabOrder(self.asOfEdit, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.openCheck)
        QWidget.setTabOrder(self.openCheck, self.allButton)
        QWidget.setTabOrder(self.allButton, self.exportButton)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.introLabel.setText(QCoreApplication.translate("ReportsPage", u"PDF reports to hand to the client's leadership: the whole program, or one evaluation report per pair.", None))
        self.programRadio.setText(QCoreApplication.translate("ReportsPage", u"The &whole program (one PDF)", None))
        self.pairsRadio.setText(QCoreApplication.translate("ReportsPage", u"The ticked &pairs (one PDF each, into a folder)", None))
#if QT_CONFIG(accessibility)
        self.pairsList.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Pairs to report on", None))
#endif // QT_CONFIG(accessibility)
        self.asOfLabel.setText(QCoreApplication.translate("ReportsPage", u"Figures as &of:", None))
#if QT_CONFIG(tooltip)
        self.asOfEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"Nothing dated after this day counts in the reports: meetings, check-ins, pairs that ended later.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.asOfEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Figures as of", None))
#endif // QT_CONFIG(accessibility)
        self.asOfEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"Today", None))
        self.paperLabel.setText(QCoreApplication.translate("ReportsPage", u"Pa&per:", None))
        self.openCheck.setText(QCoreApplication.translate("ReportsPage", u"&Open the report when it is ready", None))
        self.allButton.setText(QCoreApplication.translate("ReportsPage", u"Tick &All", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Export PDF...", None))
        pass
    # retranslateUi

