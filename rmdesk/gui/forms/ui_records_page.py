# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

class Ui_RecordsPage(object):
    def setupUi(self, RecordsPage):
        if not RecordsPage.objectName():
            RecordsPage.setObjectName(u"RecordsPage")
        self.mainLayout = QVBoxLayout(RecordsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchEdit = QLineEdit(RecordsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.kindFilter = QComboBox(RecordsPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.topRow.addWidget(self.kindFilter)

        self.addButton = QPushButton(RecordsPage)
        self.addButton.setObjectName(u"addButton")

        self.topRow.addWidget(self.addButton)

        self.editButton = QPushButton(RecordsPage)
        self.editButton.setObjectName(u"editButton")

        self.topRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(RecordsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.topRow.addWidget(self.deleteButton)


        self.mainLayout.addLayout(self.topRow)

        self.table = QTableView(RecordsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        QWidget.setTabOrder(self.searchEdit, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.table)

        self.retranslateUi(RecordsPage)

        QMetaObject.connectSlotsByName(RecordsPage)
    # setupUi

    def retranslateUi(self, RecordsPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"Search...", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Filter", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("RecordsPage", u"&Add...", None))
        self.editButton.setText(QCoreApplication.translate("RecordsPage", u"&Edit...", None))
        self.deleteButton.setText(QCoreApplication.translate("RecordsPage", u"&Delete...", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Records", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

