// Operaton's default Tasklist configuration (its shortcuts), with Quarterhour's custom scripts added: see
// app/quarterhour/login-elsewhere.js and app/quarterhour/viewer-locale.js (Operaton imports them all and awaits them
// before it starts the app)
export default {
  customScripts: ['../quarterhour/login-elsewhere', '../quarterhour/viewer-locale'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
