# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'questionnaire.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_QuestionnaireDialog(object):
    def setupUi(self, QuestionnaireDialog):
        if not QuestionnaireDialog.objectName():
            QuestionnaireDialog.setObjectName(u"QuestionnaireDialog")
        self.mainLayout = QVBoxLayout(QuestionnaireDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(QuestionnaireDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.scaleLabel = QLabel(QuestionnaireDialog)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleCombo = QComboBox(QuestionnaireDialog)
        self.scaleCombo.setObjectName(u"scaleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scaleCombo)


        self.mainLayout.addLayout(self.form)

        self.itemsTable = QTableWidget(QuestionnaireDialog)
        if (self.itemsTable.columnCount() < 2):
            self.itemsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.horizontalHeader().setStretchLastSection(True)
        self.itemsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.itemsTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addButton = QPushButton(QuestionnaireDialog)
        self.addButton.setObjectName(u"addButton")

        self.itemButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(QuestionnaireDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.itemButtons.addWidget(self.removeButton)

        self.defaultsButton = QPushButton(QuestionnaireDialog)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.itemButtons.addWidget(self.defaultsButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.itemButtons)

        self.problemLabel = QLabel(QuestionnaireDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(QuestionnaireDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.scaleLabel.setBuddy(self.scaleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scaleCombo, self.itemsTable)
        QWidget.setTabOrder(self.itemsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.defaultsButton)

        self.retranslateUi(QuestionnaireDialog)
        self.buttonBox.rejected.connect(QuestionnaireDialog.reject)

        QMetaObject.connectSlotsByName(QuestionnaireDialog)
    # setupUi

    def retranslateUi(self, QuestionnaireDialog):
        QuestionnaireDialog.setWindowTitle(QCoreApplication.translate("QuestionnaireDialog", u"Questionnaire", None))
        self.introLabel.setText(QCoreApplication.translate("QuestionnaireDialog", u"Both sides answer these statements at each stage, from 1 (strongly disagree) to the top of the scale (strongly agree). Each belongs to one of Kirkpatrick's levels.", None))
        self.scaleLabel.setText(QCoreApplication.translate("QuestionnaireDialog", u"&Scale:", None))
        ___qtablewidgetitem = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("QuestionnaireDialog", u"Level", None))
        ___qtablewidgetitem1 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("QuestionnaireDialog", u"Statement", None))
#if QT_CONFIG(accessibility)
        self.itemsTable.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"Statements", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("QuestionnaireDialog", u"&Add Statement", None))
        self.removeButton.setText(QCoreApplication.translate("QuestionnaireDialog", u"&Remove", None))
        self.defaultsButton.setText(QCoreApplication.translate("QuestionnaireDialog", u"Restore &Defaults", None))
    # retranslateUi

