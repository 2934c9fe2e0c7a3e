/**
 * Reading what people type: the field errors a bad form or request answers with ({@link
 * org.breachresponse.input.FieldError}, {@link org.breachresponse.input.InvalidInputException}), the RFC 9457
 * problem document that carries them, and the readers of Tasklist form values and request parameters.
 *
 * <p>Bottom layer: it depends on no other package of ours, and every capability may use it.
 */
package org.breachresponse.input;
