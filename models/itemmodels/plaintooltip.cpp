#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace fentu {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // A leading tag makes Qt::mightBeRichText() say yes, whatever follows; pre-wrap keeps
    // line breaks and spaces as they are while long lines still wrap.
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace fentu
