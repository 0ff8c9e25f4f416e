# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pairing_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout, QWidget)

from rmdesk.gui.board.cards import CardView

class Ui_PairingPage(object):
    def setupUi(self, PairingPage):
        if not PairingPage.objectName():
            PairingPage.setObjectName(u"PairingPage")
        self.mainLayout = QVBoxLayout(PairingPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchEdit = QLineEdit(PairingPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.objectiveCombo = QComboBox(PairingPage)
        self.objectiveCombo.setObjectName(u"objectiveCombo")

        self.topRow.addWidget(self.objectiveCombo)

        self.suggestButton = QPushButton(PairingPage)
        self.suggestButton.setObjectName(u"suggestButton")

        self.topRow.addWidget(self.suggestButton)

        self.pairButton = QPushButton(PairingPage)
        self.pairButton.setObjectName(u"pairButton")

        self.topRow.addWidget(self.pairButton)


        self.mainLayout.addLayout(self.topRow)

        self.pairRow = QHBoxLayout()
        self.pairRow.setObjectName(u"pairRow")
        self.pairRowLabel = QLabel(PairingPage)
        self.pairRowLabel.setObjectName(u"pairRowLabel")

        self.pairRow.addWidget(self.pairRowLabel)

        self.startButton = QPushButton(PairingPage)
        self.startButton.setObjectName(u"startButton")

        self.pairRow.addWidget(self.startButton)

        self.meetingButton = QPushButton(PairingPage)
        self.meetingButton.setObjectName(u"meetingButton")

        self.pairRow.addWidget(self.meetingButton)

        self.endButton = QPushButton(PairingPage)
        self.endButton.setObjectName(u"endButton")

        self.pairRow.addWidget(self.endButton)

        self.completeButton = QPushButton(PairingPage)
        self.completeButton.setObjectName(u"completeButton")

        self.pairRow.addWidget(self.completeButton)

        self.lockButton = QPushButton(PairingPage)
        self.lockButton.setObjectName(u"lockButton")

        self.pairRow.addWidget(self.lockButton)

        self.unpairButton = QPushButton(PairingPage)
        self.unpairButton.setObjectName(u"unpairButton")

        self.pairRow.addWidget(self.unpairButton)

        self.personButton = QPushButton(PairingPage)
        self.personButton.setObjectName(u"personButton")

        self.pairRow.addWidget(self.personButton)

        self.pairRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairRow.addItem(self.pairRowSpacer)


        self.mainLayout.addLayout(self.pairRow)

        self.hintLabel = QLabel(PairingPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.splitter = QSplitter(PairingPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mentorsColumn = QWidget(self.splitter)
        self.mentorsColumn.setObjectName(u"mentorsColumn")
        self.mentorsLayout = QVBoxLayout(self.mentorsColumn)
        self.mentorsLayout.setObjectName(u"mentorsLayout")
        self.mentorsLayout.setContentsMargins(0, 0, 0, 0)
        self.mentorsTitle = QLabel(self.mentorsColumn)
        self.mentorsTitle.setObjectName(u"mentorsTitle")

        self.mentorsLayout.addWidget(self.mentorsTitle)

        self.mentorsFilter = QLineEdit(self.mentorsColumn)
        self.mentorsFilter.setObjectName(u"mentorsFilter")
        self.mentorsFilter.setClearButtonEnabled(True)

        self.mentorsLayout.addWidget(self.mentorsFilter)

        self.mentorsView = CardView(self.mentorsColumn)
        self.mentorsView.setObjectName(u"mentorsView")

        self.mentorsLayout.addWidget(self.mentorsView)

        self.splitter.addWidget(self.mentorsColumn)
        self.menteesColumn = QWidget(self.splitter)
        self.menteesColumn.setObjectName(u"menteesColumn")
        self.menteesLayout = QVBoxLayout(self.menteesColumn)
        self.menteesLayout.setObjectName(u"menteesLayout")
        self.menteesLayout.setContentsMargins(0, 0, 0, 0)
        self.menteesTitle = QLabel(self.menteesColumn)
        self.menteesTitle.setObjectName(u"menteesTitle")

        self.menteesLayout.addWidget(self.menteesTitle)

        self.menteesFilter = QLineEdit(self.menteesColumn)
        self.menteesFilter.setObjectName(u"menteesFilter")
        self.menteesFilter.setClearButtonEnabled(True)

        self.menteesLayout.addWidget(self.menteesFilter)

        self.menteesView = CardView(self.menteesColumn)
        self.menteesView.setObjectName(u"menteesView")

        self.menteesLayout.addWidget(self.menteesView)

        self.splitter.addWidget(self.menteesColumn)
        self.pairsColumn = QWidget(self.splitter)
        self.pairsColumn.setObjectName(u"pairsColumn")
        self.pairsLayout = QVBoxLayout(self.pairsColumn)
        self.pairsLayout.setObjectName(u"pairsLayout")
        self.pairsLayout.setContentsMargins(0, 0, 0, 0)
        self.pairsTitle = QLabel(self.pairsColumn)
        self.pairsTitle.setObjectName(u"pairsTitle")

        self.pairsLayout.addWidget(self.pairsTitle)

        self.pairsFilter = QLineEdit(self.pairsColumn)
        self.pairsFilter.setObjectName(u"pairsFilter")
        self.pairsFilter.setClearButtonEnabled(True)

        self.pairsLayout.addWidget(self.pairsFilter)

        self.pairsView = CardView(self.pairsColumn)
        self.pairsView.setObjectName(u"pairsView")

        self.pairsLayout.addWidget(self.pairsView)

        self.splitter.addWidget(self.pairsColumn)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.searchEdit, self.objectiveCombo)
        QWidget.setTabOrder(self.objectiveCombo, self.suggestButton)
        QWidget.setTabOrder(self.suggestButton, self.pairButton)
        QWidget.setTabOrder(self.pairButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.meetingButton)
        QWidget.setTabOrder(self.meetingButton, self.endButton)
        QWidget.setTabOrder(self.endButton, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.lockButton)
        QWidget.setTabOrder(self.lockButton, self.unpairButton)
        QWidget.setTabOrder(self.unpairButton, self.personButton)
        QWidget.setTabOrder(self.personButton, self.mentorsFilter)
        QWidget.setTabOrder(self.mentorsFilter, self.mentorsView)
        QWidget.setTabOrder(self.mentorsView, self.menteesFilter)
        QWidget.setTabOrder(self.menteesFilter, self.menteesView)
        QWidget.setTabOrder(self.menteesView, self.pairsFilter)
        QWidget.setTabOrder(self.pairsFilter, self.pairsView)

        self.retranslateUi(PairingPage)

        QMetaObject.connectSlotsByName(PairingPage)
    # setupUi

    def retranslateUi(self, PairingPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PairingPage", u"Search all areas...", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PairingPage", u"Search the board", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.objectiveCombo.setAccessibleName(QCoreApplication.translate("PairingPage", u"Suggestion goal", None))
#endif // QT_CONFIG(accessibility)
        self.suggestButton.setText(QCoreApplication.translate("PairingPage", u"&Suggest Pairs...", None))
        self.pairButton.setText(QCoreApplication.translate("PairingPage", u"Pa&ir Selected", None))
#if QT_CONFIG(tooltip)
        self.pairButton.setToolTip(QCoreApplication.translate("PairingPage", u"Pair the selected reverse mentor with the selected mentee", None))
#endif // QT_CONFIG(tooltip)
        self.pairRowLabel.setText(QCoreApplication.translate("PairingPage", u"Selected:", None))
#if QT_CONFIG(tooltip)
        self.pairRowLabel.setToolTip(QCoreApplication.translate("PairingPage", u"These buttons act on the pair selected under Pairs", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("PairingPage", u"S&tart...", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("PairingPage", u"Start the proposed pair from a date", None))
#endif // QT_CONFIG(tooltip)
        self.meetingButton.setText(QCoreApplication.translate("PairingPage", u"Log &Meeting...", None))
#if QT_CONFIG(tooltip)
        self.meetingButton.setToolTip(QCoreApplication.translate("PairingPage", u"Log a meeting the pair held", None))
#endif // QT_CONFIG(tooltip)
        self.endButton.setText(QCoreApplication.translate("PairingPage", u"En&d Early...", None))
#if QT_CONFIG(tooltip)
        self.endButton.setToolTip(QCoreApplication.translate("PairingPage", u"End the active pair before the program ends, with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("PairingPage", u"C&omplete...", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("PairingPage", u"Mark the active pair finished as planned, from a date", None))
#endif // QT_CONFIG(tooltip)
        self.lockButton.setText(QCoreApplication.translate("PairingPage", u"&Lock", None))
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("PairingPage", u"Keep the pair as it is when suggestions run", None))
#endif // QT_CONFIG(tooltip)
        self.unpairButton.setText(QCoreApplication.translate("PairingPage", u"&Unpair", None))
#if QT_CONFIG(tooltip)
        self.unpairButton.setToolTip(QCoreApplication.translate("PairingPage", u"Remove the proposed pair", None))
#endif // QT_CONFIG(tooltip)
        self.personButton.setText(QCoreApplication.translate("PairingPage", u"Open Perso&n", None))
#if QT_CONFIG(tooltip)
        self.personButton.setToolTip(QCoreApplication.translate("PairingPage", u"Open the reverse mentor's or the mentee's form", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("PairingPage", u"Drag a reverse mentor onto a mentee to pair them, a person onto a pair to swap, a pair out to unpair. Or select two cards and press Pair Selected. Right-click a pair (or press the Menu key) for everything it can do.", None))
        self.mentorsTitle.setText(QCoreApplication.translate("PairingPage", u"Reverse mentors without a mentee", None))
        self.mentorsFilter.setPlaceholderText(QCoreApplication.translate("PairingPage", u"Filter...", None))
#if QT_CONFIG(accessibility)
        self.mentorsFilter.setAccessibleName(QCoreApplication.translate("PairingPage", u"Filter reverse mentors without a mentee", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mentorsView.setAccessibleName(QCoreApplication.translate("PairingPage", u"Reverse mentors without a mentee", None))
#endif // QT_CONFIG(accessibility)
        self.menteesTitle.setText(QCoreApplication.translate("PairingPage", u"Mentees without a reverse mentor", None))
        self.menteesFilter.setPlaceholderText(QCoreApplication.translate("PairingPage", u"Filter...", None))
#if QT_CONFIG(accessibility)
        self.menteesFilter.setAccessibleName(QCoreApplication.translate("PairingPage", u"Filter mentees without a reverse mentor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menteesView.setAccessibleName(QCoreApplication.translate("PairingPage", u"Mentees without a reverse mentor", None))
#endif // QT_CONFIG(accessibility)
        self.pairsTitle.setText(QCoreApplication.translate("PairingPage", u"Pairs", None))
        self.pairsFilter.setPlaceholderText(QCoreApplication.translate("PairingPage", u"Filter...", None))
#if QT_CONFIG(accessibility)
        self.pairsFilter.setAccessibleName(QCoreApplication.translate("PairingPage", u"Filter pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairsView.setAccessibleName(QCoreApplication.translate("PairingPage", u"Pairs", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

