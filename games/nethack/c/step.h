/* Stepping a blocking C program from inside its own module with binaryen's asyncify.
 * Apache-2.0, automem authors. */
#ifndef AUTOMEM_STEP_H
#define AUTOMEM_STEP_H
/* Run `entry` on the game stack until it yields or returns; returns 1 if it yielded. */
int step_start(void (*entry)(void));
/* Resume the game where it yielded; returns 1 if it yielded again, 0 once it has finished. */
int step_resume(void);
/* Inside the game: give control back to the caller of step_start/step_resume. With
 * `again` false the game is over and is never resumed. */
void step_yield(int again);
/* How many bytes of the unwind buffer the deepest yield so far used. */
unsigned step_buffer_high_water(void);
#endif
