// export/frame_sink.hpp: where exported frames go: a PNG sequence or a video.
#pragma once

#include "core/frame/image.hpp"

namespace atlas::exporting {

class FrameSink {
public:
    virtual ~FrameSink() = default;
    // Writes frame `index` (frames come in order). Throws std::runtime_error naming what failed.
    virtual void write(int index, const core::Image& image) = 0;
    // Completes the output under its final name. A sink destroyed unfinished leaves no temporary.
    virtual void finish() = 0;
    // How many frames may be written at once, from as many threads; frames then finish out of order.
    virtual int concurrentWrites() const { return 1; }
};

} // namespace atlas::exporting
