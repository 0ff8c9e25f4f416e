# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QToolBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionOrganisation = QAction(MainWindow)
        self.actionOrganisation.setObjectName(u"actionOrganisation")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionSaveCopy = QAction(MainWindow)
        self.actionSaveCopy.setObjectName(u"actionSaveCopy")
        self.actionClose = QAction(MainWindow)
        self.actionClose.setObjectName(u"actionClose")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionNewProgram = QAction(MainWindow)
        self.actionNewProgram.setObjectName(u"actionNewProgram")
        self.actionMatching = QAction(MainWindow)
        self.actionMatching.setObjectName(u"actionMatching")
        self.actionQuestionnaire = QAction(MainWindow)
        self.actionQuestionnaire.setObjectName(u"actionQuestionnaire")
        self.actionProgramSettings = QAction(MainWindow)
        self.actionProgramSettings.setObjectName(u"actionProgramSettings")
        self.actionStartProgram = QAction(MainWindow)
        self.actionStartProgram.setObjectName(u"actionStartProgram")
        self.actionCloseProgram = QAction(MainWindow)
        self.actionCloseProgram.setObjectName(u"actionCloseProgram")
        self.actionReopenProgram = QAction(MainWindow)
        self.actionReopenProgram.setObjectName(u"actionReopenProgram")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.central)
        self.navList.setObjectName(u"navList")
        self.navList.setMaximumSize(QSize(200, 16777215))

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuProgram = QMenu(self.menubar)
        self.menuProgram.setObjectName(u"menuProgram")
        MainWindow.setMenuBar(self.menubar)
        self.programBar = QToolBar(MainWindow)
        self.programBar.setObjectName(u"programBar")
        self.programBar.setMovable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.programBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuProgram.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionOrganisation)
        self.menuFile.addAction(self.actionSaveCopy)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addAction(self.actionClose)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionFind)
        self.menuProgram.addAction(self.actionNewProgram)
        self.menuProgram.addAction(self.actionProgramSettings)
        self.menuProgram.addAction(self.actionQuestionnaire)
        self.menuProgram.addAction(self.actionMatching)
        self.menuProgram.addSeparator()
        self.menuProgram.addAction(self.actionStartProgram)
        self.menuProgram.addAction(self.actionCloseProgram)
        self.menuProgram.addAction(self.actionReopenProgram)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"rmdesk", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New Program File...", None))
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open...", None))
        self.actionOrganisation.setText(QCoreApplication.translate("MainWindow", u"Or&ganisation...", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"Restore a Sna&pshot...", None))
        self.actionSaveCopy.setText(QCoreApplication.translate("MainWindow", u"Save a &Copy As...", None))
        self.actionClose.setText(QCoreApplication.translate("MainWindow", u"&Close", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&Undo", None))
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"&Redo", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
        self.actionNewProgram.setText(QCoreApplication.translate("MainWindow", u"&New Program...", None))
        self.actionMatching.setText(QCoreApplication.translate("MainWindow", u"&Matching Rules...", None))
        self.actionQuestionnaire.setText(QCoreApplication.translate("MainWindow", u"&Questionnaire...", None))
        self.actionProgramSettings.setText(QCoreApplication.translate("MainWindow", u"Program &Settings...", None))
        self.actionStartProgram.setText(QCoreApplication.translate("MainWindow", u"S&tart Program...", None))
#if QT_CONFIG(tooltip)
        self.actionStartProgram.setToolTip(QCoreApplication.translate("MainWindow", u"The program runs from now on; choose which proposed pairs start with it", None))
#endif // QT_CONFIG(tooltip)
        self.actionCloseProgram.setText(QCoreApplication.translate("MainWindow", u"&Close Program...", None))
#if QT_CONFIG(tooltip)
        self.actionCloseProgram.setToolTip(QCoreApplication.translate("MainWindow", u"See what is missing, complete the active pairs and close the program", None))
#endif // QT_CONFIG(tooltip)
        self.actionReopenProgram.setText(QCoreApplication.translate("MainWindow", u"&Reopen Program", None))
#if QT_CONFIG(tooltip)
        self.actionReopenProgram.setToolTip(QCoreApplication.translate("MainWindow", u"Run a closed program again; the pairs its closing completed are active again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuProgram.setTitle(QCoreApplication.translate("MainWindow", u"&Program", None))
        self.programBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Program", None))
    # retranslateUi

