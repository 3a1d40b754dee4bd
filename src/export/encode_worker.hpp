// export/encode_worker.hpp: threads that turn read-back rows into images and hand them to a sink,
// so the render thread never waits for encoding; a short queue bounds the memory.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "export/frame_sink.hpp"

namespace atlas::exporting {

class EncodeWorker {
public:
    // One thread writes frames in order; more write several at once, for sinks that allow it.
    EncodeWorker(FrameSink& sink, int width, int height, int threads = 1);
    // Stops after the frame being written; frames still queued are dropped.
    ~EncodeWorker();
    EncodeWorker(const EncodeWorker&) = delete;
    EncodeWorker& operator=(const EncodeWorker&) = delete;

    // Queues frame `index` as GL rows (bottom row first); waits while the queue is full. False
    // once the sink has failed.
    bool push(int index, std::vector<std::uint8_t> rows);
    // Waits until every queued frame is written; returns the sink's error, empty when none.
    std::string drain();
    // Frames the sink has written.
    int written() const;

private:
    struct Frame {
        int index;
        std::vector<std::uint8_t> rows;
    };
    void run();

    FrameSink& m_sink;
    int m_width;
    int m_height;
    std::size_t m_depth;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Frame> m_queue;
    int m_busy = 0; // frames being written
    bool m_stopping = false;
    int m_written = 0;
    std::string m_error;
    std::vector<std::thread> m_threads;
};

} // namespace atlas::exporting
