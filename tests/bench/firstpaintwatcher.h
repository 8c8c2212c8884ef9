#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;

namespace fentu::bench {

/// Calls back once, right after the view's viewport has finished painting while its model
/// holds rows: the moment the user first sees orders.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    FirstPaintWatcher(QAbstractItemView *view, std::function<void()> painted,
                      QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    std::function<void()> m_painted;
};

} // namespace fentu::bench
