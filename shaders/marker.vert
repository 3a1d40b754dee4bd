#version 330 core
// Round point markers; each vertex is a corner of its marker's square, in framebuffer pixels.
layout(location = 0) in vec2 a_center;
layout(location = 1) in vec2 a_corner;   // -1..1
layout(location = 2) in float a_radius;
layout(location = 3) in vec4 a_fill;
layout(location = 4) in vec4 a_outline;

uniform vec2 u_viewport;

out vec2 v_offset;    // pixels from the centre
flat out float v_radius;
flat out vec4 v_fill;
flat out vec4 v_outline;

void main() {
    float reach = a_radius + 1.5;
    vec2 position = a_center + a_corner * reach;
    gl_Position = vec4(position.x / u_viewport.x * 2.0 - 1.0, 1.0 - position.y / u_viewport.y * 2.0, 0.0, 1.0);
    v_offset = a_corner * reach;
    v_radius = a_radius;
    v_fill = a_fill;
    v_outline = a_outline;
}
