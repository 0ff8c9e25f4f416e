# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from rmdesk.gui.widgets.date_field import DateField

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        self.mainLayout = QVBoxLayout(ParticipantDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.identityGroup = QGroupBox(ParticipantDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.employeeNoLabel = QLabel(self.identityGroup)
        self.employeeNoLabel.setObjectName(u"employeeNoLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employeeNoLabel)

        self.employeeNoEdit = QLineEdit(self.identityGroup)
        self.employeeNoEdit.setObjectName(u"employeeNoEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employeeNoEdit)

        self.emailLabel = QLabel(self.identityGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.identityGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.birthYearLabel = QLabel(self.identityGroup)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearRow = QHBoxLayout()
        self.birthYearRow.setObjectName(u"birthYearRow")
        self.birthYearSpin = QSpinBox(self.identityGroup)
        self.birthYearSpin.setObjectName(u"birthYearSpin")
        self.birthYearSpin.setMinimum(1929)
        self.birthYearSpin.setMaximum(2030)
        self.birthYearSpin.setValue(1929)

        self.birthYearRow.addWidget(self.birthYearSpin)

        self.generationLabel = QLabel(self.identityGroup)
        self.generationLabel.setObjectName(u"generationLabel")

        self.birthYearRow.addWidget(self.generationLabel)

        self.birthYearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthYearRow.addItem(self.birthYearSpacer)


        self.identityForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.birthYearRow)


        self.leftColumn.addWidget(self.identityGroup)

        self.jobGroup = QGroupBox(ParticipantDialog)
        self.jobGroup.setObjectName(u"jobGroup")
        self.jobForm = QFormLayout(self.jobGroup)
        self.jobForm.setObjectName(u"jobForm")
        self.departmentLabel = QLabel(self.jobGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.jobForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.jobGroup)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setEditable(True)

        self.jobForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.jobTitleLabel = QLabel(self.jobGroup)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.jobForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(self.jobGroup)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.jobForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.gradeLabel = QLabel(self.jobGroup)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.jobForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeSpin = QSpinBox(self.jobGroup)
        self.gradeSpin.setObjectName(u"gradeSpin")
        self.gradeSpin.setMaximum(20)

        self.jobForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gradeSpin)

        self.managerLabel = QLabel(self.jobGroup)
        self.managerLabel.setObjectName(u"managerLabel")

        self.jobForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerEdit = QLineEdit(self.jobGroup)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setClearButtonEnabled(True)

        self.jobForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.locationLabel = QLabel(self.jobGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.jobForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.jobGroup)
        self.locationEdit.setObjectName(u"locationEdit")

        self.jobForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.languagesLabel = QLabel(self.jobGroup)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.jobForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(self.jobGroup)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.jobForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languagesEdit)


        self.leftColumn.addWidget(self.jobGroup)

        self.employmentGroup = QGroupBox(ParticipantDialog)
        self.employmentGroup.setObjectName(u"employmentGroup")
        self.employmentForm = QFormLayout(self.employmentGroup)
        self.employmentForm.setObjectName(u"employmentForm")
        self.employmentLabel = QLabel(self.employmentGroup)
        self.employmentLabel.setObjectName(u"employmentLabel")

        self.employmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employmentLabel)

        self.employmentCombo = QComboBox(self.employmentGroup)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.employmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employmentCombo)

        self.agencyLabel = QLabel(self.employmentGroup)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.employmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyCombo = QComboBox(self.employmentGroup)
        self.agencyCombo.setObjectName(u"agencyCombo")
        self.agencyCombo.setEditable(True)

        self.employmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agencyCombo)

        self.clientSiteLabel = QLabel(self.employmentGroup)
        self.clientSiteLabel.setObjectName(u"clientSiteLabel")

        self.employmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clientSiteLabel)

        self.clientSiteEdit = QLineEdit(self.employmentGroup)
        self.clientSiteEdit.setObjectName(u"clientSiteEdit")

        self.employmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clientSiteEdit)

        self.contractEndLabel = QLabel(self.employmentGroup)
        self.contractEndLabel.setObjectName(u"contractEndLabel")

        self.employmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contractEndLabel)

        self.contractEndEdit = DateField(self.employmentGroup)
        self.contractEndEdit.setObjectName(u"contractEndEdit")

        self.employmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contractEndEdit)


        self.leftColumn.addWidget(self.employmentGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.programGroup = QGroupBox(ParticipantDialog)
        self.programGroup.setObjectName(u"programGroup")
        self.programForm = QFormLayout(self.programGroup)
        self.programForm.setObjectName(u"programForm")
        self.roleLabel = QLabel(self.programGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.programForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.programGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.programForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.performanceLabel = QLabel(self.programGroup)
        self.performanceLabel.setObjectName(u"performanceLabel")

        self.programForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.performanceLabel)

        self.performanceCombo = QComboBox(self.programGroup)
        self.performanceCombo.setObjectName(u"performanceCombo")

        self.programForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.performanceCombo)

        self.potentialLabel = QLabel(self.programGroup)
        self.potentialLabel.setObjectName(u"potentialLabel")

        self.programForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.potentialLabel)

        self.potentialCombo = QComboBox(self.programGroup)
        self.potentialCombo.setObjectName(u"potentialCombo")

        self.programForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.potentialCombo)


        self.rightColumn.addWidget(self.programGroup)

        self.topicsGroup = QGroupBox(ParticipantDialog)
        self.topicsGroup.setObjectName(u"topicsGroup")
        self.topicsLayout = QVBoxLayout(self.topicsGroup)
        self.topicsLayout.setObjectName(u"topicsLayout")
        self.topicsTable = QTableWidget(self.topicsGroup)
        if (self.topicsTable.columnCount() < 3):
            self.topicsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.topicsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.topicsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.topicsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.topicsTable.setObjectName(u"topicsTable")
        self.topicsTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.topicsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topicsTable.verticalHeader().setVisible(False)

        self.topicsLayout.addWidget(self.topicsTable)

        self.topicsHint = QLabel(self.topicsGroup)
        self.topicsHint.setObjectName(u"topicsHint")
        self.topicsHint.setWordWrap(True)

        self.topicsLayout.addWidget(self.topicsHint)


        self.rightColumn.addWidget(self.topicsGroup)

        self.consentGroup = QGroupBox(ParticipantDialog)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentForm = QFormLayout(self.consentGroup)
        self.consentForm.setObjectName(u"consentForm")
        self.consentLabel = QLabel(self.consentGroup)
        self.consentLabel.setObjectName(u"consentLabel")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentDateEdit = DateField(self.consentGroup)
        self.consentDateEdit.setObjectName(u"consentDateEdit")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.notesLabel = QLabel(self.consentGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.consentGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.archivedCheck = QCheckBox(self.consentGroup)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.archivedCheck)


        self.rightColumn.addWidget(self.consentGroup)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.employeeNoLabel.setBuddy(self.employeeNoEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.birthYearLabel.setBuddy(self.birthYearSpin)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.gradeLabel.setBuddy(self.gradeSpin)
        self.managerLabel.setBuddy(self.managerEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.employmentLabel.setBuddy(self.employmentCombo)
        self.agencyLabel.setBuddy(self.agencyCombo)
        self.clientSiteLabel.setBuddy(self.clientSiteEdit)
        self.contractEndLabel.setBuddy(self.contractEndEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.performanceLabel.setBuddy(self.performanceCombo)
        self.potentialLabel.setBuddy(self.potentialCombo)
        self.consentLabel.setBuddy(self.consentDateEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.employeeNoEdit)
        QWidget.setTabOrder(self.employeeNoEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.birthYearSpin)
        QWidget.setTabOrder(self.birthYearSpin, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.gradeSpin)
        QWidget.setTabOrder(self.gradeSpin, self.managerEdit)
        QWidget.setTabOrder(self.managerEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.agencyCombo)
        QWidget.setTabOrder(self.agencyCombo, self.clientSiteEdit)
        QWidget.setTabOrder(self.clientSiteEdit, self.contractEndEdit)
        QWidget.setTabOrder(self.contractEndEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.performanceCombo)
        QWidget.setTabOrder(self.performanceCombo, self.potentialCombo)
        QWidget.setTabOrder(self.potentialCombo, self.topicsTable)
        QWidget.setTabOrder(self.topicsTable, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.archivedCheck)

        self.retranslateUi(ParticipantDialog)
        self.buttonBox.rejected.connect(ParticipantDialog.reject)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.identityGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Identity", None))
        self.nameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Name:", None))
        self.employeeNoLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Employee &no.:", None))
        self.emailLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Email:", None))
        self.birthYearLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Birth year:", None))
        self.birthYearSpin.setSpecialValueText(QCoreApplication.translate("ParticipantDialog", u"Unknown", None))
#if QT_CONFIG(tooltip)
        self.generationLabel.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Generation, from the birth year (Pew Research cut-offs)", None))
#endif // QT_CONFIG(tooltip)
        self.jobGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Job and reporting line", None))
        self.departmentLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Department:", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Job title:", None))
        self.gradeLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Grade:", None))
        self.gradeSpin.setSpecialValueText(QCoreApplication.translate("ParticipantDialog", u"Not set", None))
        self.managerLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Manager:", None))
        self.managerEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"Type a name", None))
        self.locationLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Location:", None))
        self.languagesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Lan&guages:", None))
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"Separated by commas", None))
        self.employmentGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Employment", None))
        self.employmentLabel.setText(QCoreApplication.translate("ParticipantDialog", u"T&ype:", None))
        self.agencyLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Agency:", None))
        self.clientSiteLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Client &site:", None))
        self.contractEndLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Contract end:", None))
        self.contractEndEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"No end date", None))
        self.programGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Program role and talent", None))
        self.roleLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Role:", None))
        self.performanceLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Performance:", None))
        self.potentialLabel.setText(QCoreApplication.translate("ParticipantDialog", u"P&otential:", None))
        self.topicsGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Topics (level 1 to 5; blank for none)", None))
        ___qtablewidgetitem = self.topicsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ParticipantDialog", u"Topic", None))
        ___qtablewidgetitem1 = self.topicsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ParticipantDialog", u"Offers", None))
        ___qtablewidgetitem2 = self.topicsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ParticipantDialog", u"Wants", None))
#if QT_CONFIG(accessibility)
        self.topicsTable.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Topics offered and wanted, with their levels", None))
#endif // QT_CONFIG(accessibility)
        self.topicsHint.setText(QCoreApplication.translate("ParticipantDialog", u"A reverse mentor offers topics; a mentee wants them.", None))
        self.consentGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Consent and notes", None))
        self.consentLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Consent &given on:", None))
        self.consentDateEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"Not given yet", None))
        self.notesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"No&tes:", None))
        self.archivedCheck.setText(QCoreApplication.translate("ParticipantDialog", u"Archi&ved (left the company or the program)", None))
    # retranslateUi

