/**
 * Hands the catalog the built-in APIs' loaders. Every entry point imports this module: their ids
 * become known, and no API loads until a call names one (each is a chunk of its own in a bundle).
 * @module
 */
import { builtinApiLoaders } from '../handlers/index.js'
import { provideBuiltinApis } from './openapi/catalog.js'

provideBuiltinApis(builtinApiLoaders)
