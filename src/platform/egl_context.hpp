// platform/egl_context.hpp: a surfaceless EGL context (Mesa, no X server) with OpenGL 3.3 core,
// for headless rendering into framebuffer objects.
#pragma once

#include <string>

namespace atlas::platform {

class EglContext {
public:
    // Throws std::runtime_error saying which EGL step failed.
    EglContext();
    ~EglContext();
    EglContext(const EglContext&) = delete;
    EglContext& operator=(const EglContext&) = delete;

    std::string renderer() const;
    // Makes this context the calling thread's current one (another context may have been).
    void makeCurrent() const;

private:
    void* m_display = nullptr;
    void* m_context = nullptr;
};

} // namespace atlas::platform
