#pragma once

#include <QTimer>
#include <QWidget>

class QProgressBar;
class QPushButton;

namespace fentu {

class SyncEngine;

/// The status bar's view of a running full sync: "Syncing 3,400 of 10,000 orders" (or, when
/// the server asked to slow down, how long until it resumes) and a Cancel button; hidden while
/// no sync runs.
class SyncProgress : public QWidget
{
    Q_OBJECT
public:
    /// `engine` is not owned and must outlive this widget.
    explicit SyncProgress(SyncEngine *engine, QWidget *parent = nullptr);

    QString text() const;

private:
    void onStarted();
    void onProgress(int done, int total);
    void onDetailProgress(int done, int total);
    void onWaiting(int seconds);
    void showWaiting();

    SyncEngine *m_engine;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer m_countdown; // while the server asked for a pause: "resuming in N s", each second
    int m_secondsLeft = 0;
};

} // namespace fentu
