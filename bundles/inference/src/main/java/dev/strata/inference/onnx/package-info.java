/** The local embedding model on ONNX Runtime. Private to this bundle. */
package dev.strata.inference.onnx;
