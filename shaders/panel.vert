#version 330 core
// Card panels: each vertex is a corner of its rectangle, in framebuffer pixels.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec4 a_rect;     // minX, minY, maxX, maxY
layout(location = 2) in float a_corner;  // corner radius
layout(location = 3) in vec4 a_fill;

uniform vec2 u_viewport;

out vec2 v_position;
flat out vec4 v_rect;
flat out float v_corner;
flat out vec4 v_fill;

void main() {
    gl_Position = vec4(a_position.x / u_viewport.x * 2.0 - 1.0, 1.0 - a_position.y / u_viewport.y * 2.0, 0.0, 1.0);
    v_position = a_position;
    v_rect = a_rect;
    v_corner = a_corner;
    v_fill = a_fill;
}
