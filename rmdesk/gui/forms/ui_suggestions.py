# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suggestions.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_SuggestionsDialog(object):
    def setupUi(self, SuggestionsDialog):
        if not SuggestionsDialog.objectName():
            SuggestionsDialog.setObjectName(u"SuggestionsDialog")
        self.mainLayout = QVBoxLayout(SuggestionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(SuggestionsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.proposalsTable = QTableWidget(SuggestionsDialog)
        if (self.proposalsTable.columnCount() < 5):
            self.proposalsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.proposalsTable.setObjectName(u"proposalsTable")
        self.proposalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposalsTable.horizontalHeader().setStretchLastSection(True)
        self.proposalsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.proposalsTable)

        self.checkRow = QHBoxLayout()
        self.checkRow.setObjectName(u"checkRow")
        self.checkAllButton = QPushButton(SuggestionsDialog)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.checkRow.addWidget(self.checkAllButton)

        self.checkNoneButton = QPushButton(SuggestionsDialog)
        self.checkNoneButton.setObjectName(u"checkNoneButton")

        self.checkRow.addWidget(self.checkNoneButton)

        self.checkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkRow.addItem(self.checkSpacer)


        self.mainLayout.addLayout(self.checkRow)

        self.unpairedLabel = QLabel(SuggestionsDialog)
        self.unpairedLabel.setObjectName(u"unpairedLabel")

        self.mainLayout.addWidget(self.unpairedLabel)

        self.unpairedList = QListWidget(SuggestionsDialog)
        self.unpairedList.setObjectName(u"unpairedList")
        self.unpairedList.setMaximumSize(QSize(16777215, 120))

        self.mainLayout.addWidget(self.unpairedList)

        self.buttonBox = QDialogButtonBox(SuggestionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SuggestionsDialog)
        self.buttonBox.accepted.connect(SuggestionsDialog.accept)
        self.buttonBox.rejected.connect(SuggestionsDialog.reject)

        QMetaObject.connectSlotsByName(SuggestionsDialog)
    # setupUi

    def retranslateUi(self, SuggestionsDialog):
        SuggestionsDialog.setWindowTitle(QCoreApplication.translate("SuggestionsDialog", u"Suggested pairs", None))
        ___qtablewidgetitem = self.proposalsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SuggestionsDialog", u"Accept", None))
        ___qtablewidgetitem1 = self.proposalsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SuggestionsDialog", u"Reverse mentor", None))
        ___qtablewidgetitem2 = self.proposalsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SuggestionsDialog", u"Mentee", None))
        ___qtablewidgetitem3 = self.proposalsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SuggestionsDialog", u"Score", None))
        ___qtablewidgetitem4 = self.proposalsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SuggestionsDialog", u"Why", None))
#if QT_CONFIG(accessibility)
        self.proposalsTable.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", u"Suggested pairs", None))
#endif // QT_CONFIG(accessibility)
        self.checkAllButton.setText(QCoreApplication.translate("SuggestionsDialog", u"Check &all", None))
        self.checkNoneButton.setText(QCoreApplication.translate("SuggestionsDialog", u"Check &none", None))
        self.unpairedLabel.setText(QCoreApplication.translate("SuggestionsDialog", u"Not paired, and why", None))
#if QT_CONFIG(accessibility)
        self.unpairedList.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", u"Not paired, and why", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

