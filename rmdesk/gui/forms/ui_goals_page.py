# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goals_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_GoalsPage(object):
    def setupUi(self, GoalsPage):
        if not GoalsPage.objectName():
            GoalsPage.setObjectName(u"GoalsPage")
        self.mainLayout = QVBoxLayout(GoalsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchEdit = QLineEdit(GoalsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.statusFilter = QComboBox(GoalsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.topRow.addWidget(self.statusFilter)

        self.addButton = QPushButton(GoalsPage)
        self.addButton.setObjectName(u"addButton")

        self.topRow.addWidget(self.addButton)

        self.editButton = QPushButton(GoalsPage)
        self.editButton.setObjectName(u"editButton")

        self.topRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(GoalsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.topRow.addWidget(self.deleteButton)


        self.mainLayout.addLayout(self.topRow)

        self.table = QTableView(GoalsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.table)

        self.retranslateUi(GoalsPage)

        QMetaObject.connectSlotsByName(GoalsPage)
    # setupUi

    def retranslateUi(self, GoalsPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Search pair, topic or goal...", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Search goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("GoalsPage", u"&Add Goal...", None))
        self.editButton.setText(QCoreApplication.translate("GoalsPage", u"&Edit...", None))
        self.deleteButton.setText(QCoreApplication.translate("GoalsPage", u"&Delete...", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Goals", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

