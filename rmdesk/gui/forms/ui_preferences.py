# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(520, 330)
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PreferencesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.languageLabel = QLabel(PreferencesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PreferencesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(PreferencesDialog)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.autoLockLabel = QLabel(PreferencesDialog)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLockSpin = QSpinBox(PreferencesDialog)
        self.autoLockSpin.setObjectName(u"autoLockSpin")
        self.autoLockSpin.setMaximum(1440)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.autoLockSpin)

        self.snapshotsLabel = QLabel(PreferencesDialog)
        self.snapshotsLabel.setObjectName(u"snapshotsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.snapshotsLabel)

        self.snapshotsSpin = QSpinBox(PreferencesDialog)
        self.snapshotsSpin.setObjectName(u"snapshotsSpin")
        self.snapshotsSpin.setMinimum(1)
        self.snapshotsSpin.setMaximum(100)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.snapshotsSpin)

        self.cadenceLabel = QLabel(PreferencesDialog)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceSpin = QSpinBox(PreferencesDialog)
        self.cadenceSpin.setObjectName(u"cadenceSpin")
        self.cadenceSpin.setMinimum(1)
        self.cadenceSpin.setMaximum(365)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cadenceSpin)

        self.paperLabel = QLabel(PreferencesDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(PreferencesDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.RestoreDefaults)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.autoLockLabel.setBuddy(self.autoLockSpin)
        self.snapshotsLabel.setBuddy(self.snapshotsSpin)
        self.cadenceLabel.setBuddy(self.cadenceSpin)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.autoLockSpin)
        QWidget.setTabOrder(self.autoLockSpin, self.snapshotsSpin)
        QWidget.setTabOrder(self.snapshotsSpin, self.cadenceSpin)
        QWidget.setTabOrder(self.cadenceSpin, self.paperCombo)

        self.retranslateUi(PreferencesDialog)
        self.buttonBox.rejected.connect(PreferencesDialog.reject)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.introLabel.setText(QCoreApplication.translate("PreferencesDialog", u"These apply to rmdesk on this computer, whichever file is open.", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageNote.setText(QCoreApplication.translate("PreferencesDialog", u"rmdesk uses this language from its next start. What is not translated yet stays in English.", None))
        self.autoLockLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Auto-lock after:", None))
#if QT_CONFIG(tooltip)
        self.autoLockSpin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"An encrypted file nobody touches for this long closes and asks for its passphrase again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.autoLockSpin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Auto-lock after, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.autoLockSpin.setSpecialValueText(QCoreApplication.translate("PreferencesDialog", u"Never", None))
        self.autoLockSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" minutes", None))
        self.snapshotsLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Snapshots kept:", None))
#if QT_CONFIG(tooltip)
        self.snapshotsSpin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Checked copies kept of each file, taken when you open it after a change; the oldest go first", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.snapshotsSpin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Snapshots kept of each file", None))
#endif // QT_CONFIG(accessibility)
        self.snapshotsSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" per file", None))
        self.cadenceLabel.setText(QCoreApplication.translate("PreferencesDialog", u"New programs &meet every:", None))
#if QT_CONFIG(tooltip)
        self.cadenceSpin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"How often a new program's pairs are expected to meet; each program can change it in Program > Settings", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.cadenceSpin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"New programs meet every, in days", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" days", None))
        self.paperLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Report &paper:", None))
#if QT_CONFIG(tooltip)
        self.paperCombo.setToolTip(QCoreApplication.translate("PreferencesDialog", u"The paper size reports start with; the Reports page can still change it for one report", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Report paper size", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

