// Stands in for CSS files under jest: the @atlaskit CommonJS builds `require` their compiled CSS.
module.exports = {};
