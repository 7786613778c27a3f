// Quarterhour's additions to the webapp's defaults (which are empty): see app/quarterhour/login-elsewhere.js
export default {
  customScripts: ['../quarterhour/login-elsewhere']
};
