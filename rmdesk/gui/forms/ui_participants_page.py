# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

class Ui_ParticipantsPage(object):
    def setupUi(self, ParticipantsPage):
        if not ParticipantsPage.objectName():
            ParticipantsPage.setObjectName(u"ParticipantsPage")
        self.mainLayout = QVBoxLayout(ParticipantsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchEdit = QLineEdit(ParticipantsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.addButton = QPushButton(ParticipantsPage)
        self.addButton.setObjectName(u"addButton")

        self.topRow.addWidget(self.addButton)

        self.editButton = QPushButton(ParticipantsPage)
        self.editButton.setObjectName(u"editButton")

        self.topRow.addWidget(self.editButton)

        self.archiveButton = QPushButton(ParticipantsPage)
        self.archiveButton.setObjectName(u"archiveButton")

        self.topRow.addWidget(self.archiveButton)

        self.deleteButton = QPushButton(ParticipantsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.topRow.addWidget(self.deleteButton)


        self.mainLayout.addLayout(self.topRow)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.roleFilter = QComboBox(ParticipantsPage)
        self.roleFilter.setObjectName(u"roleFilter")

        self.filterGrid.addWidget(self.roleFilter, 0, 0, 1, 1)

        self.departmentFilter = QComboBox(ParticipantsPage)
        self.departmentFilter.setObjectName(u"departmentFilter")

        self.filterGrid.addWidget(self.departmentFilter, 0, 1, 1, 1)

        self.generationFilter = QComboBox(ParticipantsPage)
        self.generationFilter.setObjectName(u"generationFilter")

        self.filterGrid.addWidget(self.generationFilter, 0, 2, 1, 1)

        self.employmentFilter = QComboBox(ParticipantsPage)
        self.employmentFilter.setObjectName(u"employmentFilter")

        self.filterGrid.addWidget(self.employmentFilter, 0, 3, 1, 1)

        self.agencyFilter = QComboBox(ParticipantsPage)
        self.agencyFilter.setObjectName(u"agencyFilter")

        self.filterGrid.addWidget(self.agencyFilter, 1, 0, 1, 1)

        self.pairedFilter = QComboBox(ParticipantsPage)
        self.pairedFilter.setObjectName(u"pairedFilter")

        self.filterGrid.addWidget(self.pairedFilter, 1, 1, 1, 1)

        self.archivedFilter = QComboBox(ParticipantsPage)
        self.archivedFilter.setObjectName(u"archivedFilter")

        self.filterGrid.addWidget(self.archivedFilter, 1, 2, 1, 1)

        self.countLabel = QLabel(ParticipantsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterGrid.addWidget(self.countLabel, 1, 3, 1, 1)


        self.mainLayout.addLayout(self.filterGrid)

        self.table = QTableView(ParticipantsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        QWidget.setTabOrder(self.searchEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.roleFilter)
        QWidget.setTabOrder(self.roleFilter, self.departmentFilter)
        QWidget.setTabOrder(self.departmentFilter, self.generationFilter)
        QWidget.setTabOrder(self.generationFilter, self.employmentFilter)
        QWidget.setTabOrder(self.employmentFilter, self.agencyFilter)
        QWidget.setTabOrder(self.agencyFilter, self.pairedFilter)
        QWidget.setTabOrder(self.pairedFilter, self.archivedFilter)
        QWidget.setTabOrder(self.archivedFilter, self.table)

        self.retranslateUi(ParticipantsPage)

        QMetaObject.connectSlotsByName(ParticipantsPage)
    # setupUi

    def retranslateUi(self, ParticipantsPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Search name, department, job, email...", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Search participants", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Add...", None))
        self.editButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Edit...", None))
        self.archiveButton.setText(QCoreApplication.translate("ParticipantsPage", u"Arc&hive", None))
        self.deleteButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Delete...", None))
#if QT_CONFIG(accessibility)
        self.roleFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Role filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.departmentFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Department filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.generationFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Generation filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.employmentFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Employment filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agencyFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Agency filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairedFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Paired filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.archivedFilter.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Archived filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

