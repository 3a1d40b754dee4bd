#version 330 core
// Cached base-map tiles as textured quads in framebuffer pixels (origin top-left).
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;

uniform vec2 u_viewport;

out vec2 v_uv;

void main() {
    gl_Position = vec4(a_position.x / u_viewport.x * 2.0 - 1.0, 1.0 - a_position.y / u_viewport.y * 2.0, 0.0, 1.0);
    v_uv = a_uv;
}
