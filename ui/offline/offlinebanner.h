#pragma once

#include "messagebar.h"

#include <QTimer>

class QPushButton;

namespace fentu {

class SwitchingPageSource;

/// The bar above the table while the app works from the cache: "Offline — showing orders
/// cached 5 minutes ago", kept current every minute, with "Try again" (probe the server now)
/// when the server was found unreachable, or "Go online" when the user chose Work offline.
class OfflineBanner : public MessageBar
{
    Q_OBJECT
public:
    /// `source` is not owned and must outlive the banner.
    explicit OfflineBanner(SwitchingPageSource *source, QWidget *parent = nullptr);

signals:
    /// The user pressed "Go online": turn Work offline off.
    void goOnlineRequested();
    /// The text changed (the state, or the relative time aged).
    void textChanged(const QString &text);

private:
    void update();
    void onButton();

    SwitchingPageSource *m_source;
    QPushButton *m_button;
    QTimer m_tick; // the relative time ages while the banner shows
};

} // namespace fentu
