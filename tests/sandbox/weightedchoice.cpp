#include "weightedchoice.h"

namespace fentu::sandbox {

QString weighted(QRandomGenerator &random,
                 std::initializer_list<std::pair<QStringView, int>> table)
{
    int total = 0;
    for (const auto &entry : table)
        total += entry.second;
    int roll = int(random.bounded(quint32(total)));
    for (const auto &entry : table) {
        roll -= entry.second;
        if (roll < 0)
            return entry.first.toString();
    }
    return table.begin()->first.toString();
}

} // namespace fentu::sandbox
