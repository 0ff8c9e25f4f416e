# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        self.mainLayout = QVBoxLayout(OrganisationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(OrganisationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(OrganisationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OrganisationDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.logoLabel = QLabel(OrganisationDialog)
        self.logoLabel.setObjectName(u"logoLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(OrganisationDialog)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(160, 60))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logoRow.addWidget(self.logoPreview)

        self.chooseLogoButton = QPushButton(OrganisationDialog)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoRow.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(OrganisationDialog)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoRow.addWidget(self.removeLogoButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.retentionLabel = QLabel(OrganisationDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = QSpinBox(OrganisationDialog)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(1200)
        self.retentionSpin.setValue(24)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.languageLabel = QLabel(OrganisationDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(OrganisationDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.form)

        self.problemLabel = QLabel(OrganisationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.retentionSpin)
        QWidget.setTabOrder(self.retentionSpin, self.languageCombo)

        self.retranslateUi(OrganisationDialog)
        self.buttonBox.rejected.connect(OrganisationDialog.reject)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.introLabel.setText(QCoreApplication.translate("OrganisationDialog", u"The client this file belongs to. Its name and logo head every report, written in the language chosen here.", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Name:", None))
        self.logoLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Logo:", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("OrganisationDialog", u"&Choose...", None))
        self.removeLogoButton.setText(QCoreApplication.translate("OrganisationDialog", u"&Remove", None))
        self.retentionLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Keep people's data:", None))
#if QT_CONFIG(tooltip)
        self.retentionSpin.setToolTip(QCoreApplication.translate("OrganisationDialog", u"After a program closes, its people's data is kept this long; then rmdesk offers to erase or anonymise them (File > Erase People).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Retention period in months", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" months after a program closes", None))
        self.languageLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Report &language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("OrganisationDialog", u"The language this file's reports are written in, on any computer and whatever language rmdesk itself shows", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Language of the reports", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

