# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matching.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_MatchingDialog(object):
    def setupUi(self, MatchingDialog):
        if not MatchingDialog.objectName():
            MatchingDialog.setObjectName(u"MatchingDialog")
        self.mainLayout = QVBoxLayout(MatchingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.weightsGroup = QGroupBox(MatchingDialog)
        self.weightsGroup.setObjectName(u"weightsGroup")
        self.weightsForm = QFormLayout(self.weightsGroup)
        self.weightsForm.setObjectName(u"weightsForm")
        self.topicWeightSpinLabel = QLabel(self.weightsGroup)
        self.topicWeightSpinLabel.setObjectName(u"topicWeightSpinLabel")

        self.weightsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.topicWeightSpinLabel)

        self.topicWeightSpin = QDoubleSpinBox(self.weightsGroup)
        self.topicWeightSpin.setObjectName(u"topicWeightSpin")
        self.topicWeightSpin.setDecimals(1)
        self.topicWeightSpin.setMaximum(20.000000000000000)
        self.topicWeightSpin.setSingleStep(0.100000000000000)

        self.weightsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.topicWeightSpin)

        self.sameDepartmentSpinLabel = QLabel(self.weightsGroup)
        self.sameDepartmentSpinLabel.setObjectName(u"sameDepartmentSpinLabel")

        self.weightsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sameDepartmentSpinLabel)

        self.sameDepartmentSpin = QDoubleSpinBox(self.weightsGroup)
        self.sameDepartmentSpin.setObjectName(u"sameDepartmentSpin")
        self.sameDepartmentSpin.setDecimals(1)
        self.sameDepartmentSpin.setMinimum(-50.000000000000000)
        self.sameDepartmentSpin.setMaximum(50.000000000000000)

        self.weightsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sameDepartmentSpin)

        self.gradeGapSpinLabel = QLabel(self.weightsGroup)
        self.gradeGapSpinLabel.setObjectName(u"gradeGapSpinLabel")

        self.weightsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gradeGapSpinLabel)

        self.gradeGapSpin = QDoubleSpinBox(self.weightsGroup)
        self.gradeGapSpin.setObjectName(u"gradeGapSpin")
        self.gradeGapSpin.setDecimals(1)
        self.gradeGapSpin.setMaximum(10.000000000000000)
        self.gradeGapSpin.setSingleStep(0.500000000000000)

        self.weightsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gradeGapSpin)

        self.gradeCapSpinLabel = QLabel(self.weightsGroup)
        self.gradeCapSpinLabel.setObjectName(u"gradeCapSpinLabel")

        self.weightsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradeCapSpinLabel)

        self.gradeCapSpin = QSpinBox(self.weightsGroup)
        self.gradeCapSpin.setObjectName(u"gradeCapSpin")
        self.gradeCapSpin.setMaximum(20)

        self.weightsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gradeCapSpin)

        self.generationSpinLabel = QLabel(self.weightsGroup)
        self.generationSpinLabel.setObjectName(u"generationSpinLabel")

        self.weightsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.generationSpinLabel)

        self.generationSpin = QDoubleSpinBox(self.weightsGroup)
        self.generationSpin.setObjectName(u"generationSpin")
        self.generationSpin.setDecimals(1)
        self.generationSpin.setMaximum(50.000000000000000)

        self.weightsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.generationSpin)

        self.languageSpinLabel = QLabel(self.weightsGroup)
        self.languageSpinLabel.setObjectName(u"languageSpinLabel")

        self.weightsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageSpinLabel)

        self.languageSpin = QDoubleSpinBox(self.weightsGroup)
        self.languageSpin.setObjectName(u"languageSpin")
        self.languageSpin.setDecimals(1)
        self.languageSpin.setMaximum(50.000000000000000)

        self.weightsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageSpin)

        self.locationSpinLabel = QLabel(self.weightsGroup)
        self.locationSpinLabel.setObjectName(u"locationSpinLabel")

        self.weightsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationSpinLabel)

        self.locationSpin = QDoubleSpinBox(self.weightsGroup)
        self.locationSpin.setObjectName(u"locationSpin")
        self.locationSpin.setDecimals(1)
        self.locationSpin.setMaximum(50.000000000000000)

        self.weightsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.locationSpin)


        self.mainLayout.addWidget(self.weightsGroup)

        self.rulesGroup = QGroupBox(MatchingDialog)
        self.rulesGroup.setObjectName(u"rulesGroup")
        self.rulesLayout = QVBoxLayout(self.rulesGroup)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.directCheck = QCheckBox(self.rulesGroup)
        self.directCheck.setObjectName(u"directCheck")

        self.rulesLayout.addWidget(self.directCheck)

        self.peersCheck = QCheckBox(self.rulesGroup)
        self.peersCheck.setObjectName(u"peersCheck")

        self.rulesLayout.addWidget(self.peersCheck)

        self.earlierCheck = QCheckBox(self.rulesGroup)
        self.earlierCheck.setObjectName(u"earlierCheck")

        self.rulesLayout.addWidget(self.earlierCheck)

        self.juniorRow = QHBoxLayout()
        self.juniorRow.setObjectName(u"juniorRow")
        self.juniorLabel = QLabel(self.rulesGroup)
        self.juniorLabel.setObjectName(u"juniorLabel")

        self.juniorRow.addWidget(self.juniorLabel)

        self.juniorCombo = QComboBox(self.rulesGroup)
        self.juniorCombo.setObjectName(u"juniorCombo")

        self.juniorRow.addWidget(self.juniorCombo)

        self.juniorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.juniorRow.addItem(self.juniorSpacer)


        self.rulesLayout.addLayout(self.juniorRow)


        self.mainLayout.addWidget(self.rulesGroup)

        self.buttonBox = QDialogButtonBox(MatchingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.RestoreDefaults)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.topicWeightSpinLabel.setBuddy(self.topicWeightSpin)
        self.sameDepartmentSpinLabel.setBuddy(self.sameDepartmentSpin)
        self.gradeGapSpinLabel.setBuddy(self.gradeGapSpin)
        self.gradeCapSpinLabel.setBuddy(self.gradeCapSpin)
        self.generationSpinLabel.setBuddy(self.generationSpin)
        self.languageSpinLabel.setBuddy(self.languageSpin)
        self.locationSpinLabel.setBuddy(self.locationSpin)
        self.juniorLabel.setBuddy(self.juniorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MatchingDialog)
        self.buttonBox.rejected.connect(MatchingDialog.reject)

        QMetaObject.connectSlotsByName(MatchingDialog)
    # setupUi

    def retranslateUi(self, MatchingDialog):
        MatchingDialog.setWindowTitle(QCoreApplication.translate("MatchingDialog", u"Matching rules", None))
        self.weightsGroup.setTitle(QCoreApplication.translate("MatchingDialog", u"Points a suggestion weighs (negative points count against a pair)", None))
        self.topicWeightSpinLabel.setText(QCoreApplication.translate("MatchingDialog", u"Points per offered \u00d7 wanted &level:", None))
        self.sameDepartmentSpinLabel.setText(QCoreApplication.translate("MatchingDialog", u"Same &department:", None))
        self.gradeGapSpinLabel.setText(QCoreApplication.translate("MatchingDialog", u"Per &grade the mentee is senior:", None))
        self.gradeCapSpinLabel.setText(QCoreApplication.translate("MatchingDialog", u"...counted up to (&grades):", None))
        self.generationSpinLabel.setText(QCoreApplication.translate("MatchingDialog", u"Mentor of a &younger generation:", None))
        self.languageSpinLabel.setText(QCoreApplication.translate("MatchingDialog", u"Shared la&nguage:", None))
        self.locationSpinLabel.setText(QCoreApplication.translate("MatchingDialog", u"Same l&ocation:", None))
        self.rulesGroup.setTitle(QCoreApplication.translate("MatchingDialog", u"Rules a suggestion never breaks", None))
        self.directCheck.setText(QCoreApplication.translate("MatchingDialog", u"Nobody pairs with anyone above or below them in their reporting &line", None))
        self.peersCheck.setText(QCoreApplication.translate("MatchingDialog", u"...nor with someone under the same manager (&peers)", None))
        self.earlierCheck.setText(QCoreApplication.translate("MatchingDialog", u"Allow &earlier pairs again (together before, in this program or another)", None))
        self.juniorLabel.setText(QCoreApplication.translate("MatchingDialog", u"The reverse mentor is &junior by:", None))
    # retranslateUi

