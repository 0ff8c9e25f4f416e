# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_people.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportPeopleDialog(object):
    def setupUi(self, ImportPeopleDialog):
        if not ImportPeopleDialog.objectName():
            ImportPeopleDialog.setObjectName(u"ImportPeopleDialog")
        self.mainLayout = QVBoxLayout(ImportPeopleDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ImportPeopleDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.fileRow.addWidget(self.fileLabel)

        self.chooseButton = QPushButton(ImportPeopleDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileRow)

        self.optionsLayout = QFormLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.sheetLabel = QLabel(ImportPeopleDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(ImportPeopleDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.programLabel = QLabel(ImportPeopleDialog)
        self.programLabel.setObjectName(u"programLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programCombo = QComboBox(ImportPeopleDialog)
        self.programCombo.setObjectName(u"programCombo")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.roleLabel = QLabel(ImportPeopleDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(ImportPeopleDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.duplicateLabel = QLabel(ImportPeopleDialog)
        self.duplicateLabel.setObjectName(u"duplicateLabel")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.duplicateLabel)

        self.duplicateCombo = QComboBox(ImportPeopleDialog)
        self.duplicateCombo.setObjectName(u"duplicateCombo")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.duplicateCombo)


        self.mainLayout.addLayout(self.optionsLayout)

        self.mappingTitle = QLabel(ImportPeopleDialog)
        self.mappingTitle.setObjectName(u"mappingTitle")

        self.mainLayout.addWidget(self.mappingTitle)

        self.mappingTable = QTableWidget(ImportPeopleDialog)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setColumnCount(3)

        self.mainLayout.addWidget(self.mappingTable)

        self.previewTitle = QLabel(ImportPeopleDialog)
        self.previewTitle.setObjectName(u"previewTitle")

        self.mainLayout.addWidget(self.previewTitle)

        self.previewTable = QTableWidget(ImportPeopleDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.previewTable)

        self.summaryLabel = QLabel(ImportPeopleDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemsList = QListWidget(ImportPeopleDialog)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsList)

        self.buttonBox = QDialogButtonBox(ImportPeopleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.programLabel.setBuddy(self.programCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.duplicateLabel.setBuddy(self.duplicateCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.programCombo)
        QWidget.setTabOrder(self.programCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.duplicateCombo)
        QWidget.setTabOrder(self.duplicateCombo, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.problemsList)

        self.retranslateUi(ImportPeopleDialog)
        self.buttonBox.rejected.connect(ImportPeopleDialog.reject)

        QMetaObject.connectSlotsByName(ImportPeopleDialog)
    # setupUi

    def retranslateUi(self, ImportPeopleDialog):
        ImportPeopleDialog.setWindowTitle(QCoreApplication.translate("ImportPeopleDialog", u"Import people", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportPeopleDialog", u"Choose an Excel (.xlsx) or CSV staff list.", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportPeopleDialog", u"&Choose File...", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportPeopleDialog", u"S&heet:", None))
        self.programLabel.setText(QCoreApplication.translate("ImportPeopleDialog", u"&Enrol in:", None))
        self.roleLabel.setText(QCoreApplication.translate("ImportPeopleDialog", u"&Role:", None))
        self.duplicateLabel.setText(QCoreApplication.translate("ImportPeopleDialog", u"Already in the &file:", None))
        self.mappingTitle.setText(QCoreApplication.translate("ImportPeopleDialog", u"What each column holds (change any that are wrong):", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportPeopleDialog", u"Column in the file", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportPeopleDialog", u"First values", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportPeopleDialog", u"Holds", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ImportPeopleDialog", u"Columns and what they hold", None))
#endif // QT_CONFIG(accessibility)
        self.previewTitle.setText(QCoreApplication.translate("ImportPeopleDialog", u"The first rows as they will be imported:", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportPeopleDialog", u"Preview of the people", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("ImportPeopleDialog", u"Rows that cannot be imported", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

