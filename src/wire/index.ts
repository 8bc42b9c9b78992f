/** The wire: generated protobuf code (./gen) and the codec that maps it to domain types. */
export * from './codec.js';
