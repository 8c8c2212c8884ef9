#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace fentu::sandbox {

/// One of `table`'s words, each as likely as its weight: the seeders' way of making a status
/// (or anything else) follow what a real calendar looks like.
QString weighted(QRandomGenerator &random,
                 std::initializer_list<std::pair<QStringView, int>> table);

} // namespace fentu::sandbox
