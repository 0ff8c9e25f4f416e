# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_move.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout)

from rmdesk.gui.widgets.date_field import DateField

class Ui_MoveDialog(object):
    def setupUi(self, MoveDialog):
        if not MoveDialog.objectName():
            MoveDialog.setObjectName(u"MoveDialog")
        MoveDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(MoveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(MoveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.pairsList = QListWidget(MoveDialog)
        self.pairsList.setObjectName(u"pairsList")

        self.mainLayout.addWidget(self.pairsList)

        self.notesTitle = QLabel(MoveDialog)
        self.notesTitle.setObjectName(u"notesTitle")

        self.mainLayout.addWidget(self.notesTitle)

        self.notesList = QListWidget(MoveDialog)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notesList.setAlternatingRowColors(True)
        self.notesList.setWordWrap(True)

        self.mainLayout.addWidget(self.notesList)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.dateLabel = QLabel(MoveDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MoveDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(MoveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(MoveDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.bodyEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bodyEnd)

        self.buttonBox = QDialogButtonBox(MoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveDialog)
        self.buttonBox.rejected.connect(MoveDialog.reject)

        QMetaObject.connectSlotsByName(MoveDialog)
    # setupUi

    def retranslateUi(self, MoveDialog):
        MoveDialog.setWindowTitle(QCoreApplication.translate("MoveDialog", u"Start pairs", None))
        self.introLabel.setText(QCoreApplication.translate("MoveDialog", u"What happens.", None))
#if QT_CONFIG(accessibility)
        self.pairsList.setAccessibleName(QCoreApplication.translate("MoveDialog", u"Pairs", None))
#endif // QT_CONFIG(accessibility)
        self.notesTitle.setText(QCoreApplication.translate("MoveDialog", u"Still missing:", None))
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("MoveDialog", u"Still missing", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MoveDialog", u"&Date:", None))
        self.reasonLabel.setText(QCoreApplication.translate("MoveDialog", u"&Reason:", None))
#if QT_CONFIG(tooltip)
        self.reasonCombo.setToolTip(QCoreApplication.translate("MoveDialog", u"Pick a reason or type your own", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

