# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_snapshot.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_RestoreSnapshotDialog(object):
    def setupUi(self, RestoreSnapshotDialog):
        if not RestoreSnapshotDialog.objectName():
            RestoreSnapshotDialog.setObjectName(u"RestoreSnapshotDialog")
        self.mainLayout = QVBoxLayout(RestoreSnapshotDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RestoreSnapshotDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.snapshotsTable = QTableWidget(RestoreSnapshotDialog)
        if (self.snapshotsTable.columnCount() < 6):
            self.snapshotsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.snapshotsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.snapshotsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.snapshotsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.snapshotsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.snapshotsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.snapshotsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.snapshotsTable.setObjectName(u"snapshotsTable")
        self.snapshotsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.snapshotsTable.setAlternatingRowColors(True)
        self.snapshotsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.snapshotsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.snapshotsTable.setWordWrap(False)
        self.snapshotsTable.horizontalHeader().setStretchLastSection(True)
        self.snapshotsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.snapshotsTable)

        self.keptLabel = QLabel(RestoreSnapshotDialog)
        self.keptLabel.setObjectName(u"keptLabel")
        self.keptLabel.setWordWrap(True)
        self.keptLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.keptLabel)

        self.buttonBox = QDialogButtonBox(RestoreSnapshotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreSnapshotDialog)
        self.buttonBox.accepted.connect(RestoreSnapshotDialog.accept)
        self.buttonBox.rejected.connect(RestoreSnapshotDialog.reject)

        QMetaObject.connectSlotsByName(RestoreSnapshotDialog)
    # setupUi

    def retranslateUi(self, RestoreSnapshotDialog):
        RestoreSnapshotDialog.setWindowTitle(QCoreApplication.translate("RestoreSnapshotDialog", u"Restore a snapshot", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreSnapshotDialog", u"rmdesk keeps a copy of this file each time it opens it after a change. Check what a copy holds before you bring it back.", None))
        ___qtablewidgetitem = self.snapshotsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RestoreSnapshotDialog", u"Taken", None))
        ___qtablewidgetitem1 = self.snapshotsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RestoreSnapshotDialog", u"Client", None))
        ___qtablewidgetitem2 = self.snapshotsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RestoreSnapshotDialog", u"People", None))
        ___qtablewidgetitem3 = self.snapshotsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RestoreSnapshotDialog", u"Pairs", None))
        ___qtablewidgetitem4 = self.snapshotsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RestoreSnapshotDialog", u"Programs", None))
        ___qtablewidgetitem5 = self.snapshotsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RestoreSnapshotDialog", u"Last change", None))
#if QT_CONFIG(accessibility)
        self.snapshotsTable.setAccessibleName(QCoreApplication.translate("RestoreSnapshotDialog", u"Snapshots, newest first", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

