# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

from rmdesk.gui.widgets.date_field import DateField

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.mainLayout = QVBoxLayout(AuditPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AuditPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchEdit = QLineEdit(AuditPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.personFilter = QComboBox(AuditPage)
        self.personFilter.setObjectName(u"personFilter")
        self.personFilter.setEditable(True)
        self.personFilter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.topRow.addWidget(self.personFilter)

        self.kindFilter = QComboBox(AuditPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.topRow.addWidget(self.kindFilter)


        self.mainLayout.addLayout(self.topRow)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.sinceLabel = QLabel(AuditPage)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.dateRow.addWidget(self.sinceLabel)

        self.sinceField = DateField(AuditPage)
        self.sinceField.setObjectName(u"sinceField")

        self.dateRow.addWidget(self.sinceField)

        self.untilLabel = QLabel(AuditPage)
        self.untilLabel.setObjectName(u"untilLabel")

        self.dateRow.addWidget(self.untilLabel)

        self.untilField = DateField(AuditPage)
        self.untilField.setObjectName(u"untilField")

        self.dateRow.addWidget(self.untilField)

        self.dateSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)

        self.exportButton = QPushButton(AuditPage)
        self.exportButton.setObjectName(u"exportButton")

        self.dateRow.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.dateRow)

        self.table = QTableView(AuditPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.sinceLabel.setBuddy(self.sinceField)
        self.untilLabel.setBuddy(self.untilField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.personFilter)
        QWidget.setTabOrder(self.personFilter, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.sinceField)
        QWidget.setTabOrder(self.sinceField, self.untilField)
        QWidget.setTabOrder(self.untilField, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.table)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.introLabel.setText(QCoreApplication.translate("AuditPage", u"Who changed what and when: every edit (with the computer user who made it), and the exports, restores and erasures, which cannot be undone.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Search the audit...", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personFilter.setAccessibleName(QCoreApplication.translate("AuditPage", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("AuditPage", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("AuditPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.sinceField.setAccessibleName(QCoreApplication.translate("AuditPage", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("AuditPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.untilField.setAccessibleName(QCoreApplication.translate("AuditPage", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("AuditPage", u"E&xport CSV...", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit entries", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

