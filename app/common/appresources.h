#pragma once

// The files compiled into the app (the bundled sample, and whatever the viewer adds to
// resources/resources.qrc). They live in a static library, whose resources Qt registers only when
// asked, so call ensureLoaded() before reading a ":/tenure/..." path.
class AppResources
{
public:
    static void ensureLoaded(); // cheap and thread-safe; call it as often as you like
};
