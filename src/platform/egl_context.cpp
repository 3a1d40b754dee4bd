// platform/egl_context.cpp: EGL_PLATFORM_SURFACELESS_MESA display, desktop GL 3.3 core context
// made current with no surface.
#include "platform/egl_context.hpp"

#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include <cstring>
#include <stdexcept>

namespace atlas::platform {

namespace {

[[noreturn]] void fail(const char* step) {
    throw std::runtime_error(std::string("headless OpenGL unavailable: ") + step + " failed (EGL error 0x" +
                             [] { char b[16]; std::snprintf(b, sizeof b, "%x", eglGetError()); return std::string(b); }() +
                             "); install libegl-mesa0 and libgl1-mesa-dri");
}

} // namespace

EglContext::EglContext() {
    if (!epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless")) fail("EGL_MESA_platform_surfaceless");
    EGLDisplay display = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (display == EGL_NO_DISPLAY) fail("surfaceless display");
    if (!eglInitialize(display, nullptr, nullptr)) fail("eglInitialize");
    m_display = display;
    if (!eglBindAPI(EGL_OPENGL_API)) fail("eglBindAPI(OpenGL)");
    const EGLint configAttributes[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(display, configAttributes, &config, 1, &count) || count < 1) config = nullptr; // configless is fine
    const EGLint contextAttributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                        EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, contextAttributes);
    if (context == EGL_NO_CONTEXT) fail("eglCreateContext(OpenGL 3.3 core)");
    m_context = context;
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) fail("eglMakeCurrent");
}

// The display is shared by every context of the process, so it is never terminated here.
EglContext::~EglContext() {
    if (!m_display || !m_context) return;
    if (eglGetCurrentContext() == m_context) eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(m_display, m_context);
}

void EglContext::makeCurrent() const {
    if (!eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, m_context)) fail("eglMakeCurrent");
}

std::string EglContext::renderer() const {
    const char* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return name ? name : "unknown";
}

} // namespace atlas::platform
