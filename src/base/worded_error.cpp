#include "base/worded_error.hpp"

namespace oblige {

std::string WordedError::text(Lang lang) const {
    const char* templ = message_template(id, lang);
    if (!templ) templ = message_template(id, Lang::en);
    return templ ? render_text(templ, args, lang) : id; // the id itself rather than nothing
}

} // namespace oblige
