# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget)

from rmdesk.gui.widgets.date_field import DateField

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        self.mainLayout = QVBoxLayout(EvaluationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pairLabel = QLabel(EvaluationDialog)
        self.pairLabel.setObjectName(u"pairLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pairLabel)

        self.pairCombo = QComboBox(EvaluationDialog)
        self.pairCombo.setObjectName(u"pairCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pairCombo)

        self.respondentLabel = QLabel(EvaluationDialog)
        self.respondentLabel.setObjectName(u"respondentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.respondentLabel)

        self.respondentCombo = QComboBox(EvaluationDialog)
        self.respondentCombo.setObjectName(u"respondentCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.respondentCombo)

        self.stageLabel = QLabel(EvaluationDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(EvaluationDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.dateLabel = QLabel(EvaluationDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(EvaluationDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setRequired(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.form)

        self.questionsGroup = QGroupBox(EvaluationDialog)
        self.questionsGroup.setObjectName(u"questionsGroup")
        self.questionsForm = QFormLayout(self.questionsGroup)
        self.questionsForm.setObjectName(u"questionsForm")

        self.mainLayout.addWidget(self.questionsGroup)

        self.confidenceGroup = QGroupBox(EvaluationDialog)
        self.confidenceGroup.setObjectName(u"confidenceGroup")
        self.confidenceForm = QFormLayout(self.confidenceGroup)
        self.confidenceForm.setObjectName(u"confidenceForm")

        self.mainLayout.addWidget(self.confidenceGroup)

        self.commentsGroup = QGroupBox(EvaluationDialog)
        self.commentsGroup.setObjectName(u"commentsGroup")
        self.commentsLayout = QVBoxLayout(self.commentsGroup)
        self.commentsLayout.setObjectName(u"commentsLayout")
        self.commentsEdit = QPlainTextEdit(self.commentsGroup)
        self.commentsEdit.setObjectName(u"commentsEdit")
        self.commentsEdit.setTabChangesFocus(True)

        self.commentsLayout.addWidget(self.commentsEdit)


        self.mainLayout.addWidget(self.commentsGroup)

        self.problemLabel = QLabel(EvaluationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(EvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairLabel.setBuddy(self.pairCombo)
        self.respondentLabel.setBuddy(self.respondentCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairCombo, self.respondentCombo)
        QWidget.setTabOrder(self.respondentCombo, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.dateEdit)

        self.retranslateUi(EvaluationDialog)
        self.buttonBox.rejected.connect(EvaluationDialog.reject)

        QMetaObject.connectSlotsByName(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"Evaluation", None))
        self.pairLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Pair:", None))
        self.respondentLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Answered by:", None))
        self.stageLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Stage:", None))
        self.dateLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"yyyy-mm-dd", None))
        self.questionsGroup.setTitle(QCoreApplication.translate("EvaluationDialog", u"Questions", None))
        self.confidenceGroup.setTitle(QCoreApplication.translate("EvaluationDialog", u"Confidence per topic (1 = not at all, 5 = fully confident)", None))
        self.commentsGroup.setTitle(QCoreApplication.translate("EvaluationDialog", u"Comments", None))
#if QT_CONFIG(accessibility)
        self.commentsEdit.setAccessibleName(QCoreApplication.translate("EvaluationDialog", u"Comments", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

